package io.aiplatform.security.core.derive;

import java.nio.file.Path;

/** An image that a deployment or build file of the repository builds from a folder (a skaffold artifact, a Compose build). */
record ImageBuild(Path context, BuiltImage image) {
}
