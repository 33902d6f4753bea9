/**
 * Reading the intents files a platform assembles (the format of {@code core.intents}): a document per resolved
 * artifact, its services read like descriptors, their calls with evidence. Derivation depends on this package; the
 * writing side ({@code core.intents}) depends on derivation, so the two are kept apart.
 */
package io.aiplatform.security.core.intents.read;
