package io.aiplatform.security.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.convention.PodSecurityLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A layer for a namespace other workloads share enforces a Pod Security level only when the user chose it. */
class SharedNamespacePodSecurityTest {

    private static PlatformSettings settings(String namespace, PodSecurity podSecurity) {
        return new PlatformSettings(namespace, "shop", true, true, Map.of(), List.of(), List.of(), podSecurity);
    }

    @Test
    void theDefaultLevelIsRefusedForSharedNamespacesNamingTheParameter() {
        for (String namespace : List.of("default", "kube-system", "kube-public")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> settings(namespace, PodSecurity.of(null, PodSecurityLevel.DEFAULT_VERSION)));
            assertTrue(e.getMessage().startsWith("namespace '" + namespace + "' is shared"), e.getMessage());
            assertTrue(e.getMessage().contains("set podSecurity explicitly"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> settings(namespace, null));
        }
    }

    @Test
    void aChosenLevelOrAnOwnNamespaceIsAccepted() {
        assertEquals(PodSecurityLevel.RESTRICTED,
                settings("default", PodSecurity.of("restricted", "v1.33")).podSecurity().level());
        assertEquals(PodSecurityLevel.NONE, settings("kube-system", PodSecurity.of("none", "latest")).podSecurity().level());
        PlatformSettings own = settings("shop", PodSecurity.of(null, "v1.30"));
        assertEquals(PodSecurityLevel.RESTRICTED, own.podSecurity().level());
        assertEquals("v1.30", own.podSecurity().version());
    }
}
