/**
 * The semantic diff of two security layers (issue 34): what the NetworkPolicies allow, who may do what
 * through RBAC, encryption at rest and Pod Security, computed on both sides with the connectivity engine
 * and compared, so that a renamed or reordered object that allows the same is no change.
 */
package io.aiplatform.security.core.diff;
