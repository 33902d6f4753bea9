/**
 * The intents of a service repository (issue 32): what each of its services is and needs — ports, labels,
 * role, provisions, calls (to services of the repository, to services named only by host, to products
 * nobody here provides), external egress, RBAC needs — written as {@code intents.yaml}
 * ({@code apiVersion: ai-security.io/v1}) for the platform repository to assemble its layer from, and
 * proved against a platform's layer before a change is merged.
 */
package io.aiplatform.security.core.intents;
