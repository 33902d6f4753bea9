package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.MonitoringFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edges from the Grafana data source files a service runs ({@link MonitoringOwners}): the host of each
 * {@code datasources[].url} (Prometheus, Loki, Tempo, a database), Grafana's {@code $VAR}, {@code ${VAR}}
 * and {@code $__env{VAR}} taken from the Grafana container's environment. A URL whose host needs a
 * variable that environment does not set is a warning naming the file, line and variable. A data source with
 * {@code access: direct} (Grafana's "Browser" access) is queried by the user's browser, not by the Grafana server: no
 * edge, no warning, a line in {@code explain}.
 */
final class GrafanaDataSources extends NamedSource {

    private static final Pattern VARIABLE = Pattern.compile("\\$(?:__env\\{(\\w+)}|\\{(\\w+)}|(\\w+))");

    GrafanaDataSources() {
        super("grafana", ServiceResolution::deploymentInputs, DockerfileInputs::declare, ServiceResolution::namespaceInput);
    }

    @Override
    public void derive(Service a, Derivation d) {
        List<MonitoringFile> files = MonitoringOwners.of(d).runBy(a, MonitoringFile.Kind.GRAFANA);
        if (files.isEmpty()) {
            return;
        }
        Map<String, String> environment = new TreeMap<>();
        for (Container c : ServiceContainers.of(d).of(a)) {
            c.environment().forEach(v -> environment.putIfAbsent(v.key().toUpperCase(Locale.ROOT), v.value()));
        }
        List<HostReference> refs = new ArrayList<>();
        for (MonitoringFile f : files) {
            for (int i = 0; f.properties().containsKey("datasources[" + i + "].url")
                    || f.properties().containsKey("datasources[" + i + "].name"); i++) {
                ConfigValue url = f.properties().get("datasources[" + i + "].url");
                ConfigValue access = f.properties().get("datasources[" + i + "].access");
                if (url != null && access != null && access.value().strip().equalsIgnoreCase("direct")) {
                    browserAccess(a, d, url);
                } else if (url != null) {
                    references(a, d, url, environment, refs);
                }
            }
        }
        d.hostReferences(a).add(refs);
    }

    /** An explain line for a data source the browser queries: each host of its URL is no connection of Grafana. */
    private static void browserAccess(Service a, Derivation d, ConfigValue url) {
        String where = PrometheusScrapes.where(d, url);
        String file = where.substring(0, where.length() - url.key().length()).strip();
        for (ConnectionUrl u : ConnectionUrl.findAll(url.value())) {
            u.endpoints().forEach(e -> d.findings.omissions.add(new Omission(a.name(), url.key(), e.host(),
                    "not a connection: access: direct, the browser queries this data source, not the Grafana server",
                    file)));
        }
    }

    private static void references(Service a, Derivation d, ConfigValue url, Map<String, String> environment,
                                   List<HostReference> into) {
        String where = PrometheusScrapes.where(d, url);
        StringBuilder value = new StringBuilder();
        List<String> missing = new ArrayList<>();
        Matcher m = VARIABLE.matcher(url.value());
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String set = environment.get(name.toUpperCase(Locale.ROOT));
            if (set == null) {
                missing.add(name);
            }
            m.appendReplacement(value, Matcher.quoteReplacement(set == null ? "${" + name + "}" : set));
        }
        m.appendTail(value);
        List<ConnectionUrl> urls = ConnectionUrl.findAll(value.toString());
        if (!missing.isEmpty() && (urls.isEmpty() || urls.stream().anyMatch(ConnectionUrl::unresolvedHost))) {
            d.warning(DerivationRule.UNRESOLVED_PLACEHOLDER, a, where + " needs " + String.join(", ", missing) + ", which the environment of "
                    + a.name() + "'s container does not set, for the host of its URL; the data source's connection"
                    + " is not derived (set it in the Compose service or Deployment, or add 'calls:')");
        }
        urls.forEach(u -> u.endpoints().forEach(e -> into.add(new HostReference(e.host(), e.port(), where, url.key()))));
    }
}
