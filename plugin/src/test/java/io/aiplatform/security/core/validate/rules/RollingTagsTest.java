package io.aiplatform.security.core.validate.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RollingTagsTest {

    @Test
    void channelAndBranchTagsMove() {
        for (String tag : List.of("latest", "java25-latest", "main", "stable", "1.0.0-SNAPSHOT", "3-alpine-edge", "nightly",
                "lts", "MASTER", "dev")) {
            assertTrue(RollingTags.moves(tag), tag);
        }
    }

    @Test
    void versionTagsDoNot() {
        for (String tag : List.of("1.25.3", "3.1.0-alpine", "17-jre", "v2", "2.0.0-beta.1", "2024.06", "release-1.2",
                "stable-1.4.2", "java25")) {
            assertFalse(RollingTags.moves(tag), tag);
        }
    }
}
