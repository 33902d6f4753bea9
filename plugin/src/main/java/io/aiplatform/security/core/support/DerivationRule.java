package io.aiplatform.security.core.support;

import java.util.Locale;

/**
 * What the derivation could not decide, as a rule: an id the reports, {@code failOn} and a descriptor's
 * {@code suppress} use, how loud it is, what it is about and what to change. Every warning and piece of
 * information the derivation gives carries one ({@link Problem#rule()}); validate-security reports them
 * as findings of its derivation stage, like the rules of its other stages.
 */
public enum DerivationRule {
    UNKNOWN_HOST(Problem.Level.WARNING, "host that names no service of the platform",
            "correct the host to a service's name (or <service>.<namespace>.svc); if it is outside the platform,"
                    + " declare it under 'egress:' in the service's descriptor"),
    LOOPBACK_HOST(Problem.Level.WARNING, "loopback host (localhost): the pod itself once deployed",
            "name the service it means, or set the address in the deployment's environment"),
    PORT_UNKNOWN(Problem.Level.WARNING, "connection or scrape on a port the callee does not declare",
            "declare the port in the callee's descriptor (ports:), or correct the port where the connection is"
                    + " configured"),
    NO_PROVIDER(Problem.Level.WARNING, "client library of a product no service provides",
            "add 'provides: [<product>]' to the descriptor of the service that runs it, or declare the destination"
                    + " under 'egress:'"),
    UNRESOLVED_PLACEHOLDER(Problem.Level.WARNING, "host that needs a variable without default",
            "give the placeholder a default (${NAME:host}), set the variable in the deployment, or add 'calls:'"),
    CONFIG_NOT_FOUND(Problem.Level.WARNING, "ConfigMap, Secret or key a workload references that the repository lacks",
            "add the manifest or key to the repository, mark the reference optional: true, or add 'calls:'"),
    INPUT_UNREAD(Problem.Level.WARNING, "input the derivation could not read (too large, unreadable, past a bound,"
            + " malformed)", "fix or shrink the file named, or declare its connections with 'calls:'"),
    UNOWNED_MONITORING(Problem.Level.WARNING,
            "Prometheus, Grafana, Promtail or Grafana Agent configuration that no service runs",
            "mount or copy the file into the service that runs it, or name that service prometheus, grafana, promtail"
                    + " or agent"),
    UNOWNED_CONNECTOR(Problem.Level.WARNING, "Kafka Connect connector configuration that no single service runs",
            "give the one service that runs Kafka Connect 'provides: [kafka-connect]' (or run it with a Kafka Connect"
                    + " image, or name it connect, kafka-connect or debezium); or add 'calls:'"),
    UNSERVED_INGRESS(Problem.Level.WARNING, "Ingress whose controller is no service of the platform and has no"
            + " documented place", "add the controller to platform.yaml (a service running its image, or named after"
            + " its class), or admit it in the backend's descriptor: ingress: {from: [{namespace: ..., labels: ...}]}"),
    SHARED_HOST_NAME(Problem.Level.WARNING, "Compose host name shared by several services",
            "give each Compose service its own host name (alias), or add 'calls:'"),
    FOREIGN_MODULE(Problem.Level.WARNING, "dependency with the platform's groupId that is no module of the reactor",
            "depend on the module the artifact is now, or remove the dependency"),
    UNUSED_EXCLUDE(Problem.Level.WARNING, "exclude that matches nothing derived",
            "remove the exclude from the descriptor, or correct its target"),
    POD_LABELS(Problem.Level.WARNING, "workload of the repository that runs a service while its pods lack the labels"
            + " the service's NetworkPolicies select", "add the labels to the workload's pod template, or set the"
            + " descriptor's 'labels:' to the labels its pods carry"),
    REDUNDANT_CALL(Problem.Level.INFO, "declared call the build derives anyway",
            "remove the entry from 'calls:'"),
    NAMESPACE_WIDE(Problem.Level.INFO, "egress to every pod of another namespace's Service",
            "give the Service's pod labels: calls: [{service: <name>, namespace: <ns>, port: <port>, labels: {...}}]"),
    CONFIG_OUTSIDE(Problem.Level.INFO, "configuration kept outside the repository is not read",
            "check the configuration repository out and name its folders with -Dai-security.configDirectories"),
    UNMATCHED_WORKLOAD(Problem.Level.INFO, "workload that runs none of the services",
            "name the workload, its pods' app.kubernetes.io/name label or its only container after the service"),
    UNMATCHED_COMPOSE_SERVICE(Problem.Level.INFO, "Compose service that runs an image and none of the services, while"
            + " it depends on or names services of the platform",
            "name the Compose service after the service, build it from the module's folder, name its image in the"
            + " module's build configuration, or add it to platform.yaml"),
    DEPLOYMENT_PROFILES(Problem.Level.INFO, "configuration read for the profiles the deployment activates",
            "nothing to do when these are the profiles it runs with; -Dai-security.profiles chooses others"),
    MONITOR_NOT_FOLLOWED(Problem.Level.INFO, "ServiceMonitor or PodMonitor whose scrapes are not derived (a"
            + " matchExpressions selector, other namespaces, no Prometheus resource selecting it)",
            "select by matchLabels in the platform's namespace, or add 'calls:' to the Prometheus service"),
    CONFIG_CHECKOUT(Problem.Level.INFO, "config server's Git repository read from this checkout (its URI names the"
            + " repository the project is checked out from)", "nothing to do when the checkout holds what the server"
            + " serves (the branch of its default-label)");

    private final Problem.Level level;
    private final String title;
    private final String remediation;

    DerivationRule(Problem.Level level, String title, String remediation) {
        this.level = level;
        this.title = title;
        this.remediation = remediation;
    }

    private static final String PREFIX = "DERIVE-";

    /** {@code DERIVE-UNKNOWN-HOST} for {@link #UNKNOWN_HOST}. */
    public String id() {
        return PREFIX + name().replace('_', '-').toUpperCase(Locale.ROOT);
    }

    /** Whether {@code ruleId} is a derivation rule's (so a descriptor's suppress of it concerns no generated object). */
    public static boolean isDerivation(String ruleId) {
        return ruleId.startsWith(PREFIX);
    }

    /** A warning, or information the build states once. */
    public Problem.Level level() {
        return level;
    }

    public String title() {
        return title;
    }

    public String remediation() {
        return remediation;
    }
}
