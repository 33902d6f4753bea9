package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A KrakenD API gateway's configuration file ({@code krakend.json}, KrakenD's documented format): the hosts of
 * each endpoint's backends ({@code endpoints[].backend[].host[]}: URLs, or names resolved by DNS SRV with
 * {@code "sd": "dns"}) and the telemetry collectors it pushes to ({@code collector_url}, {@code endpoint} of an
 * exporter under {@code extra_config}).
 */
public final class KrakendConfig {

    /** The file name KrakenD reads by default ({@code /etc/krakend/krakend.json}). */
    public static final String FILE = "krakend.json";

    private static final Pattern BACKEND_HOST = Pattern.compile("endpoints\\[\\d+]\\.backend\\[\\d+]\\.host\\[\\d+]");
    private static final Pattern COLLECTOR = Pattern.compile("extra_config\\..*\\.(collector_url|endpoint)");

    private KrakendConfig() {
    }

    /** Whether {@code image} is KrakenD's ({@code devopsfaith/krakend:2.7}, {@code krakend:2.7}). */
    public static boolean isKrakend(String image) {
        String repository = image.strip().split("@")[0];
        int colon = repository.lastIndexOf(':');
        if (colon > repository.lastIndexOf('/')) {
            repository = repository.substring(0, colon);
        }
        return repository.equals("krakend") || repository.endsWith("/krakend");
    }

    /**
     * Where KrakenD files may be among mounted or copied host paths: a path named {@code krakend.json}, or that name
     * in a path that is no such file (a mounted folder), present or not.
     */
    public static List<Path> candidates(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            Path candidate = String.valueOf(p.getFileName()).equals(FILE) ? p : p.resolve(FILE);
            if (!files.contains(candidate)) {
                files.add(candidate);
            }
        }
        return files;
    }

    /** The {@link #candidates} that are files. */
    public static List<Path> filesIn(List<Path> paths) {
        return candidates(paths).stream().filter(Files::isRegularFile).toList();
    }

    /** The hosts a KrakenD file names, evidence {@code file:line key}. */
    public static List<HostReference> references(Path file, Function<Path, String> shown, Consumer<Problem> warnings) {
        List<HostReference> refs = new ArrayList<>();
        for (ConfigFiles.Document doc : ConfigFiles.read(file, warnings)) {
            refs.addAll(references(doc.properties(), shown));
        }
        return refs;
    }

    /** The hosts of a {@code krakend.json} held as the value of a ConfigMap key. */
    public static List<HostReference> references(ConfigValue text, Function<Path, String> shown,
                                                 Consumer<Problem> warnings) {
        List<HostReference> refs = new ArrayList<>();
        for (ConfigFiles.Document doc : ConfigFiles.yaml(text.file(), text.value(), warnings)) {
            refs.addAll(references(doc.properties(), shown));
        }
        return refs;
    }

    private static List<HostReference> references(Map<String, ConfigValue> props, Function<Path, String> shown) {
        List<HostReference> refs = new ArrayList<>();
        props.forEach((key, v) -> {
            String k = key.toLowerCase(Locale.ROOT);
            if (!BACKEND_HOST.matcher(k).matches() && !COLLECTOR.matcher(k).matches()) {
                return;
            }
            String source = shown.apply(v.file()) + ":" + v.line() + " " + key;
            List<ConnectionUrl.Endpoint> endpoints = ConnectionUrl.parse(v.value())
                    .map(ConnectionUrl::endpoints).orElseGet(() -> ConnectionUrl.hostList(v.value()));
            endpoints.forEach(e -> refs.add(new HostReference(e.host(), e.port(), source, key)));
        });
        return refs;
    }
}
