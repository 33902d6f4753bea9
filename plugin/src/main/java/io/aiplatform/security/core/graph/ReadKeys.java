package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.BoundAddressKeys;
import io.aiplatform.security.core.derive.ClientSwitches;
import io.aiplatform.security.core.derive.ConfigKeys;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.DecidingKeys;
import io.aiplatform.security.core.derive.JavaSourceReferences;
import io.aiplatform.security.core.derive.KeyReaders;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.Placeholders;
import io.aiplatform.security.core.derive.VersionedKeys;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which keys of a service's configuration something reads, so that only those configure a connection: a key of
 * a client ({@code spring.rabbitmq.host}) when a library that reads it is on the service's classpath
 * ({@link KeyReaders}); a key of a framework's own namespace always; the application's own key
 * ({@code catalog.service.url}) when the module's Java sources, those of the reactor's library modules it runs with
 * ({@link LibraryModuleSources}; a property a {@code @ConfigurationProperties} type binds only when those sources
 * call its accessor, {@link CodeReadKeys}) or its {@code logback-spring.xml}
 * ({@code <springProperty source>}) read it — and, in a module with Java and Kotlin sources, its Kotlin sources
 * ({@link io.aiplatform.security.core.derive.KotlinSourceReferences}) — or a key that counts refers to it through a
 * placeholder ({@code spring.datasource.url: ${db.url}}). The service URLs of a standalone Eureka client
 * ({@link StandaloneEurekaClient}) are read by nothing. A key that locates a product whose client the
 * configuration switches off ({@link ClientSwitches}: {@code management.zipkin.tracing.endpoint} while
 * {@code management.tracing.enabled} is false) is read by nothing, and so are a URL only handed to the browser in
 * the API documentation ({@link PublishedUrls}), the address the service listens on ({@code server.address},
 * {@code quarkus.http.host}, {@code micronaut.server.host}) and a key of a framework namespace that holds settings
 * only ({@code management.tracing.zipkin.tracing.endpoint}: Spring Boot's Zipkin endpoint is
 * {@code management.zipkin.tracing.endpoint}). A value the framework only compares with what it receives
 * ({@code mp.jwt.verify.issuer}, a token's expected issuer) counts only when the module's sources read it. A service
 * whose classpath is unknown (the platform
 * file's, or a module without dependencies) counts every client key, and one without Java sources every key of
 * its own, as before.
 */
final class ReadKeys {

    /** Why each key that nothing reads is not read, by its uniform form. */
    private final Map<String, String> unread = new HashMap<>();

    /** For a key read by the module's framework version only ("read by Spring Boot 3.3.2"), by its uniform form. */
    private final Map<String, String> versionRead = new HashMap<>();

    /** The libraries of the classpath that open connections ({@link UnusedClientLibraries#used}), made on first need. */
    private Set<String> used;

    private ReadKeys() {
    }

    static ReadKeys of(Service a, Derivation d) {
        ReadKeys keys = new ReadKeys();
        Optional<Set<String>> classpath = ServiceClasspath.of(a, d.platform);
        JavaSourceReferences.Result java = d.reading(a).java();
        List<JavaSourceReferences.Result> sources = new java.util.ArrayList<>(List.of(java));
        sources.addAll(LibraryModuleSources.of(a, d));
        CodeReadKeys read = CodeReadKeys.of(java, sources.subList(1, sources.size()));
        List<String> code = new java.util.ArrayList<>(read.keys());
        Map<String, String> feignOnly = new HashMap<>(); // a library's client that a does not enable reads nothing
        for (Map.Entry<String, String> k : LibraryFeignClients.unscannedKeys(a, d)) {
            code.remove(k.getKey());
            feignOnly.putIfAbsent(k.getKey(), k.getValue());
        }
        code.addAll(io.aiplatform.security.core.derive.LogbackSpringProperties.sources(d.loggingFiles(a)));
        code.addAll(d.reading(a).kotlin().readKeys()); // a module of Java and Kotlin sources reads with both
        Deque<ConfigValue> counted = new ArrayDeque<>();
        Map<String, ConfigValue> own = new HashMap<>();
        ModuleConfiguration configuration = d.configuration(a);
        String framework = DecidingKeys.frameworkOf(classpath.orElse(Set.of()));
        for (ConfigValue v : configuration.properties().values()) {
            Optional<KeyReaders.Readers> readers = KeyReaders.of(v.key());
            String key = ConfigKeys.uniform(v.key());
            Optional<String> standalone = StandaloneEurekaClient.whyUnread(v, configuration);
            Optional<ConfigValue> off = ClientSwitches.offFor(v.key(), framework, configuration);
            Optional<String> published = PublishedUrls.whyUnread(a.name(), v, readers, sources);
            if (standalone.isPresent()) {
                keys.unread.put(key, standalone.get());
            } else if (published.isPresent()) {
                own.put(key, v); // a key that counts may still refer to it
                keys.unread.put(key, published.get());
            } else if (off.isPresent()) {
                keys.unread.put(key, off.get().where(d::shown) + " is " + ClientSwitches.shown(off.get())
                        + ", which switches its client off");
            } else if (readers.isPresent() && readers.get().listens()) {
                keys.unread.put(key, v.key() + " is the address " + a.name() + " itself listens on");
            } else if (readers.isPresent() && readers.get().compared()) {
                if (code.stream().anyMatch(c -> ConfigKeys.under(v.key(), c))) {
                    counted.add(v); // the application reads the value itself (builds a token URL from the issuer)
                } else {
                    keys.unread.put(key, v.key() + " is a value the framework compares with what it receives (a"
                            + " token's claim), not an address it connects to, and no source of " + a.name() + " reads it");
                }
            } else if (readers.isPresent() && readers.get().settings()) {
                keys.unread.put(key, "the framework reads no address under " + readers.get().prefix()
                        + ".*, only its own settings");
            } else if (BoundAddressKeys.whyUnbound(v.key()).isPresent()) {
                own.put(key, v); // a key that counts may still refer to it
                keys.unread.put(key, BoundAddressKeys.whyUnbound(v.key()).get());
            } else if (keys.notReadByVersion(a.module(), v)) {
                continue; // the framework's version reads it under another name (spring.redis.* in Spring Boot 3)
            } else if (readers.isPresent()) {
                Optional<String> unread = keys.whyNoReader(a, readers.get(), d);
                if (unread.isEmpty()) {
                    counted.add(v);
                } else {
                    keys.unread.put(key, unread.get());
                }
            } else if (!java.sources() || code.stream().anyMatch(c -> ConfigKeys.under(v.key(), c))) {
                counted.add(v);
            } else {
                own.put(key, v);
                keys.unread.put(key, "nothing reads " + v.key() + ": " + read.boundUnused(v.key())
                        .map(b -> b.whyUnused(a.name())).or(() -> unscannedFeign(feignOnly, v.key(), a)).orElse("no " + (d.reading(a).kotlin().sources() ? "Java or Kotlin" : "Java") + " source of "
                        + a.name() + " reads it")
                        + " and no key that counts refers to it");
            }
        }
        keys.referredTo(counted, own);
        return keys;
    }

    /** Why a key only a library's unscanned {@code @FeignClient} names is not read, when that is all that names it. */
    private static Optional<String> unscannedFeign(Map<String, String> feignOnly, String key, Service a) {
        return feignOnly.entrySet().stream().filter(e -> ConfigKeys.under(key, e.getKey())).findFirst()
                .map(e -> "its only reader, the library's @FeignClient at " + e.getValue() + ", is scanned by no"
                        + " @EnableFeignClients of " + a.name() + ", so Spring Cloud OpenFeign makes no client of it");
    }

    /**
     * Why no library of {@code a}'s classpath reads the keys {@code readers} read: none is on it, or those on it open
     * no connection because the code never uses them ({@link UnusedClientLibraries}); empty when one reads them or the
     * classpath is unknown.
     */
    private Optional<String> whyNoReader(Service a, KeyReaders.Readers readers, Derivation d) {
        Optional<Set<String>> classpath = ServiceClasspath.of(a, d.platform);
        if (classpath.isPresent() && used == null) {
            used = UnusedClientLibraries.used(a, d).orElse(Set.of());
        }
        if (classpath.isEmpty() || readers.framework() || readers.readBy(used, d.catalog()::productOf)) {
            return Optional.empty();
        }
        if (readers.readBy(classpath.get(), d.catalog()::productOf)) {
            for (String reader : readers.readers()) {
                Optional<String> product = reader.startsWith("@") ? Optional.of(reader.substring(1))
                        : d.catalog().productOf(reader);
                Optional<String> unused = product.flatMap(p -> UnusedClientLibraries.whyUnused(a, p, d));
                if (unused.isPresent()) {
                    return unused;
                }
            }
        }
        return Optional.of("no library on the classpath of " + a.name() + " reads " + readers.prefix() + ".* ("
                + readers.describe() + ")");
    }

    /**
     * True when the module's framework version does not read the key ({@link VersionedKeys}: {@code spring.redis.host}
     * in Spring Boot 3), which is then unread with that reason; a key only that version reads gets its note.
     */
    private boolean notReadByVersion(Module m, ConfigValue v) {
        for (Map.Entry<String, String> framework : m.frameworks().versions().entrySet()) {
            Optional<VersionedKeys.Reading> reading = VersionedKeys.of(framework.getKey(), framework.getValue(), v.key());
            if (reading.isPresent() && !reading.get().read()) {
                unread.put(ConfigKeys.uniform(v.key()), reading.get().why());
                return true;
            }
            reading.ifPresent(r -> versionRead.put(ConfigKeys.uniform(v.key()), r.why()));
        }
        return false;
    }

    /**
     * The keys of {@code keys} that the module's framework versions read (all of them when the versions are unknown):
     * the ones to name when telling what to set ({@code spring.data.redis.host}, not {@code spring.redis.host}, in a
     * Spring Boot 3 module).
     */
    static List<String> readableBy(Module m, List<String> keys) {
        return keys.stream().filter(k -> m.frameworks().versions().entrySet().stream().noneMatch(f ->
                VersionedKeys.of(f.getKey(), f.getValue(), k).map(r -> !r.read()).orElse(false))).toList();
    }

    /** "read by Spring Boot 3.3.2" for a key that version of the module's framework reads and others do not, else null. */
    String versionNote(String key) {
        return key == null ? null : versionRead.get(ConfigKeys.uniform(key));
    }

    /** The application's own keys that the placeholders of counted keys name count too (and refer on). */
    private void referredTo(Deque<ConfigValue> counted, Map<String, ConfigValue> own) {
        Set<String> seen = new HashSet<>();
        while (!counted.isEmpty() && !own.isEmpty()) {
            ConfigValue v = counted.poll();
            for (String name : Placeholders.names(v.value())) {
                String key = ConfigKeys.uniform(name);
                ConfigValue referred = own.remove(key);
                if (referred != null && seen.add(key)) {
                    unread.remove(key);
                    counted.add(referred);
                }
            }
        }
    }

    /** True when something reads the key of {@code v}. */
    boolean read(ConfigValue v) {
        return !unread.containsKey(ConfigKeys.uniform(v.key()));
    }

    /** Why nothing reads {@code key}, or null when something does. */
    String whyUnread(String key) {
        return unread.get(ConfigKeys.uniform(key));
    }
}
