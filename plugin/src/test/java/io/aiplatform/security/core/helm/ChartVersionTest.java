package io.aiplatform.security.core.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.generate.OutputFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChartVersionTest {

    @ParameterizedTest
    @CsvSource({
            "0.1.0-SNAPSHOT, 0.1.0-SNAPSHOT",
            "1.4, 1.4.0",
            "7, 7.0.0",
            "2.0.0.RELEASE, 2.0.0-RELEASE",
            "1.0-beta_1, 1.0.0-beta-1",
            "1.2.3.4, 1.2.3-4",
            "01.02.03, 1.2.3",
            "1.0.0-rc.01, 1.0.0-rc.1",
            "3.1.0+build.7, 3.1.0+build.7",
            "1.0SNAPSHOT, 1.0.0-SNAPSHOT"})
    void mavenVersionsBecomeSemVer(String maven, String semver) {
        assertEquals(semver, ChartVersion.of(maven));
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "v1.0", ""})
    void aVersionWithoutLeadingNumberIsRefusedWithTheParameterToSet(String maven) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChartVersion.of(maven));
        assertTrue(e.getMessage().contains("-Dai-security.chartVersion="), e.getMessage());
    }

    @Test
    void formatsAreParsedFromACommaSeparatedList() {
        assertEquals(Set.of(OutputFormat.KUSTOMIZE, OutputFormat.HELM), OutputFormat.parse(" helm , kustomize,helm"));
        assertEquals(Set.of(OutputFormat.KUSTOMIZE), OutputFormat.parse("kustomize"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("kustomize,helm3"));
        assertEquals("formats names 'helm3', which is not an output format; use kustomize, helm, external-secrets or a"
                + " combination such as kustomize,helm,external-secrets", e.getMessage());
        assertEquals(Set.of(OutputFormat.KUSTOMIZE, OutputFormat.EXTERNAL_SECRETS),
                OutputFormat.parse("kustomize,external-secrets"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("external-secrets")).getMessage()
                .contains("adds ExternalSecrets to the kustomize or helm output"));
        assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse(" , "));
    }
}
