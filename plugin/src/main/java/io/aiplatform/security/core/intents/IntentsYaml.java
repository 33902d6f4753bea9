package io.aiplatform.security.core.intents;

import io.aiplatform.security.core.descriptor.ApiAccess;
import io.aiplatform.security.core.descriptor.EgressSpec;
import io.aiplatform.security.core.descriptor.IngressSpec;
import io.aiplatform.security.core.descriptor.NamedRef;
import io.aiplatform.security.core.descriptor.ObjectAccess;
import io.aiplatform.security.core.descriptor.OutsidePeer;
import io.aiplatform.security.core.descriptor.PortRef;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.descriptor.ProvidedProduct;
import io.aiplatform.security.core.descriptor.ScrapeSpec;
import io.aiplatform.security.core.descriptor.ServiceDescriptor;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.io.ManifestSerializer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The text of {@code intents.yaml}: the keys in the format's order, each service's fields in the
 * descriptor's own names and shapes with the values resolved, lists sorted; written by the plugin's one
 * serializer, so the same intents are the same bytes. Only names, hosts, ports, labels and evidence —
 * never a value of a Secret or of the configuration.
 */
public final class IntentsYaml {

    private IntentsYaml() {
    }

    public static String text(ServiceIntents intents) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", ServiceIntents.API_VERSION);
        root.put("kind", ServiceIntents.KIND);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("groupId", intents.source().groupId());
        source.put("artifactId", intents.source().artifactId());
        source.put("version", intents.source().version());
        root.put("source", source);
        root.put("services", intents.services().stream().map(IntentsYaml::service).toList());
        return new ManifestSerializer().toYaml(root);
    }

    private static Map<String, Object> service(ServiceIntent intent) {
        Service s = intent.service();
        ServiceDescriptor d = s.descriptor();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("module", intent.module());
        m.put("role", s.role().id());
        m.put("ports", sorted(s.ports(), Comparator.comparingInt(PortSpec::port)
                .thenComparing(p -> p.name() == null ? "" : p.name()), IntentsYaml::port));
        m.put("labels", new TreeMap<>(s.labels()));
        m.put("provides", sorted(d.provides(), Comparator.comparing(ProvidedProduct::product), IntentsYaml::provision));
        m.put("calls", intent.calls().stream().map(IntentsYaml::call).toList());
        m.put("egress", sorted(d.egress(), Comparator.comparing(EgressSpec::cidr)
                .thenComparing(e -> e.ports().toString()), IntentsYaml::egress));
        if (!isNone(d.ingress())) {
            m.put("ingress", ingress(d.ingress()));
        }
        m.put("secrets", sorted(d.secrets(), Comparator.comparing(ObjectAccess::name), IntentsYaml::object));
        m.put("configMaps", sorted(d.configMaps(), Comparator.comparing(ObjectAccess::name), IntentsYaml::object));
        m.put("kubernetesApi", sorted(d.kubernetesApi(), Comparator.comparing(ApiAccess::apiGroup)
                .thenComparing(a -> a.resources().toString()).thenComparing(a -> a.verbs().toString()), IntentsYaml::api));
        m.put("serviceAccountAnnotations", new TreeMap<>(d.serviceAccountAnnotations()));
        m.put("automountServiceAccountToken", s.automountServiceAccountToken());
        m.put("scrapes", sorted(d.scrapes(), Comparator.comparing((ScrapeSpec x) -> x.service() == null ? "" : x.service())
                .thenComparing(x -> x.role() == null ? "" : x.role())
                .thenComparing(x -> String.valueOf(x.port())), IntentsYaml::scrape));
        return m;
    }

    private static Map<String, Object> call(IntentCall c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(c.service() != null ? "service" : "product", c.target());
        if (c.namespace() != null) {
            m.put("namespace", c.namespace());
        }
        if (!c.labels().isEmpty()) {
            m.put("labels", new TreeMap<>(c.labels()));
        }
        m.put("ports", c.ports());
        m.put("evidence", c.evidence());
        return m;
    }

    private static Map<String, Object> port(PortSpec p) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (p.name() != null) {
            m.put("name", p.name());
        }
        m.put("port", p.port());
        m.put("protocol", p.protocol() == null ? "TCP" : p.protocol());
        return m;
    }

    private static Map<String, Object> provision(ProvidedProduct p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("product", p.product());
        if (p.port() != null) {
            m.put("port", portRef(p.port()));
        }
        if (!p.clients().isEmpty()) {
            m.put("clients", p.clients().stream().sorted().toList());
        }
        return m;
    }

    private static Map<String, Object> egress(EgressSpec e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cidr", e.cidr());
        if (!e.except().isEmpty()) {
            m.put("except", e.except().stream().sorted().toList());
        }
        m.put("ports", e.ports().stream().sorted(Comparator.comparingInt(PortSpec::port)
                .thenComparing(p -> String.valueOf(p.protocol()))).map(IntentsYaml::egressPort).toList());
        return m;
    }

    /** An egress port: its number, short for {@code {port: n}} (TCP), else the whole port. */
    private static Object egressPort(PortSpec p) {
        return p.name() == null && (p.protocol() == null || "TCP".equals(p.protocol())) ? (Object) p.port() : port(p);
    }

    private static boolean isNone(IngressSpec i) {
        return !i.external() && i.fromNamespaces().isEmpty() && i.fromCidrs().isEmpty() && i.from().isEmpty()
                && i.ports().isEmpty() && i.fromOutside().isEmpty();
    }

    private static Map<String, Object> ingress(IngressSpec i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("external", i.external());
        if (!i.fromNamespaces().isEmpty()) {
            m.put("fromNamespaces", new TreeMap<>(i.fromNamespaces()));
        }
        if (!i.fromCidrs().isEmpty()) {
            m.put("fromCidrs", i.fromCidrs().stream().sorted().toList());
        }
        List<Object> from = new ArrayList<>(i.from().stream().map(NamedRef::name).sorted().distinct().toList());
        from.addAll(sorted(i.fromOutside(), Comparator.comparing(OutsidePeer::display)
                .thenComparing(p -> String.valueOf(p.port())), IntentsYaml::caller));
        if (!from.isEmpty()) {
            m.put("from", from);
        }
        if (!i.ports().isEmpty()) {
            m.put("ports", i.ports().stream().map(IntentsYaml::portRef).toList());
        }
        return m;
    }

    private static Map<String, Object> caller(OutsidePeer p) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (p.service() != null) {
            m.put("service", p.service());
        }
        m.put("namespace", p.namespace());
        if (!p.labels().isEmpty()) {
            m.put("labels", new TreeMap<>(p.labels()));
        }
        if (p.port() != null) {
            m.put("port", portRef(p.port()));
        }
        return m;
    }

    private static Map<String, Object> object(ObjectAccess o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.name());
        if (o.watch()) {
            m.put("watch", true);
        }
        if (o.immutable()) {
            m.put("immutable", true);
        }
        return m;
    }

    private static Map<String, Object> api(ApiAccess a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apiGroup", a.apiGroup());
        m.put("resources", a.resources());
        m.put("verbs", a.verbs());
        if (!a.resourceNames().isEmpty()) {
            m.put("resourceNames", a.resourceNames());
        }
        m.put("scope", a.clusterScope() ? "cluster" : "namespace");
        return m;
    }

    private static Map<String, Object> scrape(ScrapeSpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.service() != null) {
            m.put("service", s.service());
        }
        if (s.role() != null) {
            m.put("role", s.role());
        }
        if (s.port() != null) {
            m.put("port", portRef(s.port()));
        }
        return m;
    }

    /** A port by name (a string) or by number (an integer), as a descriptor writes it. */
    private static Object portRef(PortRef p) {
        return p.name() != null ? p.name() : p.number();
    }

    private static <T> List<Map<String, Object>> sorted(List<T> items, Comparator<T> order,
                                                        Function<T, Map<String, Object>> shape) {
        return items.stream().sorted(order).map(shape).toList();
    }
}
