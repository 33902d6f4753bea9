package io.aiplatform.security.core.descriptor;

/** A name written in a descriptor, with the line it is on. */
public record NamedRef(String name, int line) {
}
