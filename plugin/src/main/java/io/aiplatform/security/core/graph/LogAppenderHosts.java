package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.LogAppenderEndpoints;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Edges from the logging configuration of a service module ({@code logback*.xml}, {@code log4j2*}): the
 * appenders that push logs (Loki4j, Logstash TCP, OpenTelemetry, log4j2's Http, Socket, Syslog, Gelf) to
 * the host their URL or destination names ({@link LogAppenderEndpoints}), placeholders resolved from the
 * configuration the service runs with. A host that needs a variable without default is a warning.
 */
final class LogAppenderHosts extends NamedSource {

    LogAppenderHosts() {
        // the files lie in the configuration folder
        super("logging", ConfiguredHosts::configurationInputs);
    }

    /**
     * What {@code a}'s logging files send logs to, in the files' order: the hosts, where a host needs a variable
     * without default, and the files that could not be read.
     */
    private record Found(List<HostReference> references, List<String> unresolved, List<Problem> unread) {
    }

    /** Lists and reads the logging files: only the service's own files and configuration, so ahead and in parallel. */
    @Override
    public Found prepare(Service a, Derivation d) {
        List<HostReference> refs = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        List<Problem> unread = new ArrayList<>();
        for (Path file : d.loggingFiles(a)) {
            for (ConfigValue v : LogAppenderEndpoints.of(file, d.configuration(a).properties(), unread::add)) {
                String where = v.where(d::shown);
                List<ConnectionUrl> urls = ConnectionUrl.findAll(v.value());
                if (v.value().contains("${") && (urls.isEmpty() || urls.stream().anyMatch(ConnectionUrl::unresolvedHost))) {
                    unresolved.add(where);
                } else if (urls.isEmpty()) {
                    ConnectionUrl.hostList(v.value().strip())
                            .forEach(e -> refs.add(new HostReference(e.host(), e.port(), where, v.key())));
                } else {
                    urls.forEach(u -> u.endpoints().forEach(e -> refs.add(new HostReference(e.host(), e.port(), where,
                            v.key()))));
                }
            }
        }
        return new Found(refs, unresolved, unread);
    }

    @Override
    public void derive(Service a, Derivation d) {
        Found found = d.prepared(this, a);
        found.unread().forEach(d.findings.unread::add);
        for (String where : found.unresolved()) {
            d.warning(DerivationRule.UNRESOLVED_PLACEHOLDER, a, where + " needs a variable without default for the host it"
                    + " sends logs to; the connection cannot be derived (give the placeholder a default, or add 'calls:')");
        }
        d.hostReferences(a).add(found.references());
    }
}
