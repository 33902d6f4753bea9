package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigFiles;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.DeploymentContainers;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Compose services that run an image they do not build and none of the services (no module's folder, name, host
 * name or image ties them; no {@code platform.yaml} entry is named after them) while they take part in the platform:
 * their {@code depends_on} or environment names services of it. Their connections are not derived, so the build
 * states each once, with the ways to name it. A Compose service that neither depends on nor names a service of the
 * platform (a tool beside it, infrastructure the platform leaves out) is not mentioned: that would be noise.
 */
final class UnmatchedComposeServices {

    private UnmatchedComposeServices() {
    }

    /** One notice per Compose service that runs only an image, runs no service and depends on or names services. */
    static void report(Derivation d) {
        ServiceContainers containers = ServiceContainers.of(d);
        ServiceHosts hosts = d.hosts();
        Set<String> seen = new TreeSet<>();
        for (Container c : containers.deployment().containers()) {
            if (!DeploymentContainers.composeFile(c.file()) || c.buildContext() != null || c.images().isEmpty()
                    || containers.serviceOf(c) != null || !seen.add(c.name())) {
                continue;
            }
            Set<String> named = new TreeSet<>();
            for (ConfigValue v : c.environment()) {
                hosts(v.value()).forEach(host -> hosts.serviceOf(host).ifPresent(named::add));
            }
            Fields fields = fields(c.file(), c.name());
            fields.dependsOn().forEach(n -> hosts.serviceOf(n).ifPresent(named::add));
            if (!named.isEmpty()) {
                d.findings.notices.add(d.project.relative(new Problem(c.file(), fields.line(), null, "Compose service "
                        + c.name() + " (image " + c.images().get(0) + ") runs none of the services, so the connections"
                        + " it opens (it depends on or names " + String.join(", ", named) + ") are not derived; if it"
                        + " runs a module, name the Compose service after the service, build it from the module's folder"
                        + " (build:), or name its image in the module's build configuration (jib-maven-plugin <to><image>,"
                        + " spring-boot-maven-plugin <image><name>, quarkus.container-image.*); if it is infrastructure,"
                        + " add it to platform.yaml under the name " + c.name())
                        .withRule(DerivationRule.UNMATCHED_COMPOSE_SERVICE)));
            }
        }
    }

    /** The line of a Compose service's {@code image} and the services its {@code depends_on} names (list or map form). */
    private record Fields(int line, List<String> dependsOn) {
    }

    private static Fields fields(Path file, String service) {
        int line = 0;
        List<String> dependsOn = new ArrayList<>();
        String at = "services." + service + ".";
        for (Map<String, ConfigValue> doc : ConfigFiles.readKeysAsWritten(file, problem -> { })) {
            for (Map.Entry<String, ConfigValue> e : doc.entrySet()) {
                String key = e.getKey().toLowerCase(Locale.ROOT);
                if (!key.startsWith(at)) {
                    continue;
                }
                String field = key.substring(at.length());
                if (field.equals("image") && line == 0) {
                    line = e.getValue().line();
                } else if (field.matches("depends_on\\[\\d+]")) {
                    dependsOn.add(e.getValue().value().strip().toLowerCase(Locale.ROOT));
                } else if (field.startsWith("depends_on.")) {
                    String name = field.substring("depends_on.".length());
                    dependsOn.add(name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
                }
            }
        }
        return new Fields(line, dependsOn.stream().distinct().toList());
    }

    /** The hosts a variable's value names: its URLs' hosts, or the hosts of a {@code host[:port]} list. */
    private static List<String> hosts(String value) {
        List<ConnectionUrl> urls = ConnectionUrl.findAll(value);
        List<ConnectionUrl.Endpoint> endpoints = urls.isEmpty() ? ConnectionUrl.hostList(value)
                : urls.stream().flatMap(u -> u.endpoints().stream()).toList();
        return endpoints.stream().map(ConnectionUrl.Endpoint::host).toList();
    }
}
