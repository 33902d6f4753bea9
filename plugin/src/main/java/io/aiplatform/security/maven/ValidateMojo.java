package io.aiplatform.security.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Alias of validate-security: {@code mvn ai-security:validate}. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class ValidateMojo extends ValidateSecurityMojo {
}
