package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TCP (or, asked for, UDP) ports that the Compose files of the repository publish on the host: each Compose service's {@code ports},
 * in the short syntax ({@code "5433:5432"}, {@code "127.0.0.1:5433:5432"}, ranges {@code "9090-9091:8080-8081"},
 * {@code /tcp}) and the long one ({@code published}, {@code target}), interpolated as Compose does (defaults only:
 * the shell's variables are not known). A port published without a host port ({@code "5432"}) gets a random one
 * and is left out, as are ranges of unequal length or over {@value #MAX_RANGE} ports.
 */
public final class ComposePublishedPorts {

    static final int MAX_RANGE = 1000;
    private static final Pattern SHORT = Pattern.compile(
            "^(?:(?:\\[[^\\]]*]|[^:]*):)??(?:(\\d+)(?:-(\\d+))?:)?(\\d+)(?:-(\\d+))?(?:/(tcp|udp|sctp))?$");

    /** A host port that sends to a Compose service's container port; {@code file}:{@code line} is where it is published. */
    public record Published(String composeService, int hostPort, int containerPort, Path file, int line) {

        /** {@code compose.yml:29 publishes Compose service customer_db's port 5432 as the host's 5433}. */
        public String describe(java.util.function.Function<Path, String> shown) {
            return shown.apply(file) + ":" + line + " publishes Compose service " + composeService + "'s port "
                    + containerPort + " as the host's " + hostPort;
        }
    }

    private ComposePublishedPorts() {
    }

    /** The TCP ports published by the Compose files among {@code files}; an unreadable file is a warning. */
    public static List<Published> of(List<Path> files, Consumer<Problem> warnings) {
        return of(files, warnings, "tcp");
    }

    /**
     * The UDP ports ({@code "12201:12201/udp"}, {@code protocol: udp}) published by the Compose files among
     * {@code files}, for a client that sends over UDP (a GELF log handler).
     */
    public static List<Published> udp(List<Path> files, Consumer<Problem> warnings) {
        return of(files, warnings, "udp");
    }

    private static List<Published> of(List<Path> files, Consumer<Problem> warnings, String protocol) {
        List<Published> published = new ArrayList<>();
        for (Path file : files) {
            if (DeploymentContainers.composeFile(file)) {
                for (Map<String, ConfigValue> doc : ConfigFiles.readKeysAsWritten(file, warnings)) {
                    doc.forEach((key, v) -> add(key, v, doc, protocol, published));
                }
            }
        }
        return published;
    }

    private static void add(String key, ConfigValue v, Map<String, ConfigValue> doc, String protocol,
                            List<Published> into) {
        Matcher entry = Pattern.compile("^services\\.([^.]+)\\.ports\\[(\\d+)](\\.target)?$").matcher(key);
        if (!entry.matches()) {
            return;
        }
        String service = entry.group(1);
        if (entry.group(3) == null) {
            shortSyntax(service, text(v), v, protocol, into);
            return;
        }
        String at = "services." + service + ".ports[" + entry.group(2) + "].";
        ConfigValue published = doc.get(at + "published");
        String given = doc.get(at + "protocol") == null ? "tcp" : text(doc.get(at + "protocol"));
        if (published != null && given.equalsIgnoreCase(protocol)) {
            shortSyntax(service, text(published) + ":" + text(v) + "/" + protocol, published, protocol, into);
        }
    }

    /** One short-syntax item, its ranges expanded pairwise. */
    private static void shortSyntax(String service, String item, ConfigValue at, String protocol, List<Published> into) {
        Matcher m = SHORT.matcher(item.strip());
        if (!m.matches() || m.group(1) == null || !(m.group(5) == null ? "tcp" : m.group(5)).equalsIgnoreCase(protocol)) {
            return;
        }
        int hostFrom = Integer.parseInt(m.group(1));
        int hostTo = m.group(2) == null ? hostFrom : Integer.parseInt(m.group(2));
        int targetFrom = Integer.parseInt(m.group(3));
        int targetTo = m.group(4) == null ? targetFrom : Integer.parseInt(m.group(4));
        if (hostTo - hostFrom != targetTo - targetFrom || hostTo < hostFrom || hostTo - hostFrom > MAX_RANGE
                || hostTo > 65535 || targetTo > 65535) {
            return;
        }
        for (int i = 0; i <= hostTo - hostFrom; i++) {
            into.add(new Published(service.toLowerCase(Locale.ROOT), hostFrom + i, targetFrom + i, at.file(), at.line()));
        }
    }

    /** The value interpolated with its defaults (an unset variable is empty, so the item does not parse). */
    private static String text(ConfigValue v) {
        return ComposeInterpolation.interpolate(v.value(), Map.of()).value();
    }
}
