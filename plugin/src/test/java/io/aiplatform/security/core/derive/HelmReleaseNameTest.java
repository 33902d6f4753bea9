package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A chart's name is its release name when Helm accepts it as one, else made one (lower case, dashes, 53). */
class HelmReleaseNameTest {

    @Test
    void aValidReleaseNameIsKeptAsItIs() {
        assertEquals("shop", HelmReleaseName.of("shop"));
        assertEquals("shop-api.v2", HelmReleaseName.of("shop-api.v2"));
        String longest = "a".repeat(53);
        assertEquals(longest, HelmReleaseName.of(longest));
    }

    @Test
    void capitalsAndUnderscoresOfAChartNameAreMadeAValidReleaseName() {
        assertEquals("eoloplanner", HelmReleaseName.of("EoloPlanner"));
        assertEquals("my-chart", HelmReleaseName.of("My_Chart"));
        assertEquals("shop-api", HelmReleaseName.of("_Shop__API_"));
        assertEquals("shop-v2", HelmReleaseName.of("shop.-v2"));
    }

    @Test
    void aNameLongerThanHelmAllowsIsCutTo53WithoutATrailingDash() {
        assertEquals("a".repeat(52), HelmReleaseName.of("a".repeat(52) + "_" + "b".repeat(10)));
        assertEquals("a".repeat(53), HelmReleaseName.of("a".repeat(60)));
    }

    @Test
    void aNameOfNothingButOtherCharactersIsStillAReleaseName() {
        assertEquals("release", HelmReleaseName.of("___"));
    }
}
