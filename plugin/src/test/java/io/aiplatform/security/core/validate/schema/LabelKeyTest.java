package io.aiplatform.security.core.validate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Label keys as the API server reads them, the same answer every time a key is asked about. */
class LabelKeyTest {

    @Test
    void keysAreJudgedAsTheApiServerDoes() {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        keys.put("app", true);
        keys.put("app.kubernetes.io/name", true);
        keys.put("kubernetes.io/metadata.name", true);
        keys.put("a", true);
        keys.put("x".repeat(63), true);
        keys.put("x".repeat(64), false);
        keys.put("example.com/" + "x".repeat(63), true);
        keys.put("-app", false);
        keys.put("app-", false);
        keys.put("my app", false);
        keys.put("", false);
        keys.put("/app", false);
        keys.put("Example.com/app", false); // a prefix is a lower-case DNS subdomain
        keys.put("example.com/", false);
        keys.put("a/b/c", false);
        keys.put("x".repeat(254) + "/app", false);
        for (int pass = 1; pass <= 2; pass++) { // the second pass is answered from what the first remembered
            for (Map.Entry<String, Boolean> key : keys.entrySet()) {
                assertEquals(key.getValue(), ApiServerChecks.validLabelKey(key.getKey()), "'" + key.getKey() + "' pass " + pass);
            }
        }
    }

    @Test
    void beyondTheBoundKeysAreStillJudged() {
        for (int i = 0; i < ApiServerChecks.REMEMBERED_LABEL_KEYS + 10; i++) {
            assertEquals(true, ApiServerChecks.validLabelKey("bound-" + i));
            assertEquals(false, ApiServerChecks.validLabelKey("bound " + i));
        }
    }
}
