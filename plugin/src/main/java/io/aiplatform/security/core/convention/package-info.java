/**
 * The conventions a generated security layer follows, in one place for both sides: the generator
 * writes them, the validator and the verification kit check a layer (generated or hand-written)
 * against them. Facts only (label keys, names, folder names, well-known peers, levels); no logic
 * beyond applying a naming rule, and no dependency but {@code java.*}.
 */
package io.aiplatform.security.core.convention;
