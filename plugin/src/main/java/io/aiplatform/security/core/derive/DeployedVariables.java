package io.aiplatform.security.core.derive;

/** Where the readers of deployment files put the variables they find, by Compose service or workload name. */
interface DeployedVariables {

    /** {@code variable}: the variable's name as written as its key, its value, and where it is set. */
    void add(String service, ConfigValue variable);
}
