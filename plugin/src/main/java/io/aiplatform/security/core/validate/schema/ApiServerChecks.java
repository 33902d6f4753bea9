package io.aiplatform.security.core.validate.schema;

import io.aiplatform.security.core.descriptor.Cidr;
import io.aiplatform.security.core.support.Names;
import io.aiplatform.security.core.support.Parallel;
import io.aiplatform.security.core.support.Protocols;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Stage 2, second half: what the API server would reject but a JSON Schema cannot say, after the
 * validation code of Kubernetes (a stand-in for a server-side dry run, which a build cannot reach).
 */
public final class ApiServerChecks {

    /** The id of the warning about an ipBlock CIDR in a form the API server warns about. */
    public static final String CIDR_FORM = "API-NETPOL-CIDR-FORM";

    private static final Pattern LABEL_KEY_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
    private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?");
    /** Kinds whose names must be DNS-1123 labels rather than subdomains. */
    private static final Set<String> LABEL_NAMED = Set.of("Namespace", "Service");

    /** Each object checked on its own, in parallel when there are many; the findings in the order of {@code manifests}. */
    public List<Finding> check(List<Manifest> manifests) {
        List<Finding> findings = new ArrayList<>();
        Parallel.stream(manifests).map(this::check).toList().forEach(findings::addAll);
        return findings;
    }

    private List<Finding> check(Manifest m) {
        if (m.kind() == null || SchemaValidator.skipped(m)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        checkMetadata(m, findings);
        if ("NetworkPolicy".equals(m.kind())) {
            checkNetworkPolicy(m, findings);
        }
        return findings;
    }

    private void checkMetadata(Manifest m, List<Finding> findings) {
        String name = m.name();
        if (name == null || name.isEmpty()) {
            findings.add(finding("API-NAME", m, "metadata.name is missing", "give the object a name"));
        } else if (m.kind().startsWith("Role") || m.kind().startsWith("ClusterRole")) {
            if (name.contains("/") || name.contains("%") || name.equals(".") || name.equals("..")) {
                findings.add(finding("API-NAME", m, "name '" + name + "' is not a valid path segment", "rename it"));
            }
        } else if (LABEL_NAMED.contains(m.kind()) ? !Names.isDns1123Label(name)
                : name.length() > 253 || !DNS1123_SUBDOMAIN.matcher(name).matches()) {
            findings.add(finding("API-NAME", m, "metadata.name '" + name + "' is not a DNS-1123 "
                    + (LABEL_NAMED.contains(m.kind()) ? "label" : "subdomain"),
                    "use lower-case letters, digits, '-' (and '.'), starting and ending with a letter or digit"));
        }
        if (m.namespace() != null && !Names.isDns1123Label(m.namespace())) {
            findings.add(finding("API-NAME", m, "metadata.namespace '" + m.namespace() + "' is not a DNS-1123 label",
                    "use a valid namespace name"));
        }
        labels(m, m.metadata().get("labels"), "metadata.labels", findings);
    }

    private void labels(Manifest m, Object labels, String where, List<Finding> findings) {
        if (!(labels instanceof Map<?, ?> map)) {
            return;
        }
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (!validLabelKey(key)) {
                findings.add(finding("API-LABEL", m, where + " key '" + key + "' is not a valid label key",
                        "use [prefix/]name with a DNS subdomain prefix and a name of at most 63 characters"));
            }
            if (!(v instanceof String) || !LABEL_VALUE.matcher((String) v).matches()) {
                findings.add(finding("API-LABEL", m, where + " '" + key + "' has the invalid value '" + v + "'",
                        "use at most 63 letters, digits, '-', '_' or '.', alphanumeric at both ends (quote numbers)"));
            }
        });
    }

    /** Label keys found valid: a platform uses a few, on every object, so each is matched once. */
    private static final ConcurrentHashMap<String, Boolean> VALID_LABEL_KEYS = new ConcurrentHashMap<>();
    /** At most this many are remembered; later new ones are matched each time. */
    static final int REMEMBERED_LABEL_KEYS = 4096;

    /** Whether {@code key} is a label key the API server accepts: {@code [prefix/]name}. */
    static boolean validLabelKey(String key) {
        if (VALID_LABEL_KEYS.containsKey(key)) {
            return true;
        }
        int slash = key.indexOf('/');
        String prefix = slash < 0 ? null : key.substring(0, slash);
        String name = slash < 0 ? key : key.substring(slash + 1);
        if (prefix != null && (prefix.isEmpty() || prefix.length() > 253 || !DNS1123_SUBDOMAIN.matcher(prefix).matches())) {
            return false;
        }
        boolean valid = LABEL_KEY_NAME.matcher(name).matches();
        if (valid && VALID_LABEL_KEYS.size() < REMEMBERED_LABEL_KEYS) {
            VALID_LABEL_KEYS.put(key, Boolean.TRUE);
        }
        return valid;
    }

    @SuppressWarnings("unchecked")
    private void checkNetworkPolicy(Manifest m, List<Finding> findings) {
        Map<String, Object> spec = m.content().get("spec") instanceof Map<?, ?> s ? (Map<String, Object>) s : Map.of();
        selectorLabels(m, spec.get("podSelector"), "spec.podSelector", findings);
        for (String direction : List.of("ingress", "egress")) {
            if (!(spec.get(direction) instanceof List<?> rules)) {
                continue;
            }
            for (int i = 0; i < rules.size(); i++) {
                if (!(rules.get(i) instanceof Map<?, ?> rule)) {
                    continue;
                }
                String peersField = direction.equals("ingress") ? "from" : "to";
                String at = "spec." + direction + "[" + i + "]";
                if (rule.get(peersField) instanceof List<?> peers) {
                    for (int j = 0; j < peers.size(); j++) {
                        checkPeer(m, peers.get(j), at + "." + peersField + "[" + j + "]", findings);
                    }
                }
                if (rule.get("ports") instanceof List<?> ports) {
                    for (int j = 0; j < ports.size(); j++) {
                        checkPort(m, ports.get(j), at + ".ports[" + j + "]", findings);
                    }
                }
            }
        }
    }

    private void checkPeer(Manifest m, Object value, String at, List<Finding> findings) {
        if (!(value instanceof Map<?, ?> peer)) {
            return;
        }
        boolean ipBlock = peer.get("ipBlock") != null;
        boolean selectors = peer.get("podSelector") != null || peer.get("namespaceSelector") != null;
        if (!ipBlock && !selectors) {
            findings.add(finding("API-NETPOL-PEER", m, at + " sets no field",
                    "set podSelector, namespaceSelector or ipBlock (the API server rejects an empty peer)"));
        }
        if (ipBlock && selectors) {
            findings.add(finding("API-NETPOL-PEER", m, at + " sets ipBlock together with a selector",
                    "split it into two peers: one with the ipBlock, one with the selectors"));
        }
        selectorLabels(m, peer.get("podSelector"), at + ".podSelector", findings);
        selectorLabels(m, peer.get("namespaceSelector"), at + ".namespaceSelector", findings);
        if (peer.get("ipBlock") instanceof Map<?, ?> block) {
            String cidr = String.valueOf(block.get("cidr"));
            try {
                Cidr.parse(cidr);
            } catch (IllegalArgumentException notACidr) {
                findings.add(finding("API-NETPOL-IPBLOCK", m, at + ".ipBlock.cidr '" + cidr + "' is not a CIDR ("
                        + notACidr.getMessage() + ")", "write the block as address/prefix, e.g. 203.0.113.0/24 or 2001:db8::/32"));
                return;
            }
            nonStandardForm(m, at + ".ipBlock.cidr", cidr, findings);
            if (block.get("except") instanceof List<?> excepts) {
                for (Object e : excepts) {
                    String except = String.valueOf(e);
                    nonStandardForm(m, at + ".ipBlock.except", except, findings);
                    if (!Cidr.strictlyContains(cidr, except)) {
                        findings.add(finding("API-NETPOL-IPBLOCK", m, at + ".ipBlock.except '" + except
                                + "' is not a strict subset of " + cidr, "list only blocks that lie inside the cidr"));
                    }
                }
            }
        }
    }

    /** A warning for a CIDR the API server accepts with a warning today and will refuse under strict validation. */
    private static void nonStandardForm(Manifest m, String at, String cidr, List<Finding> findings) {
        String why = Cidr.nonStandard(cidr);
        if (why != null) {
            findings.add(new Finding(CIDR_FORM, Severity.WARNING, Stage.SCHEMA, m.file(), m.line(), m.objectRef(),
                    at + " '" + cidr + "' " + why, "write the block in standard form: its network address, IPv4 as"
                    + " IPv4, no leading zeros", null));
        }
    }

    private void checkPort(Manifest m, Object value, String at, List<Finding> findings) {
        if (!(value instanceof Map<?, ?> port)) {
            return;
        }
        Object protocol = port.get("protocol");
        if (protocol != null && !Protocols.isValid(String.valueOf(protocol))) {
            findings.add(finding("API-PROTOCOL", m, at + ".protocol '" + protocol + "' is not TCP, UDP or SCTP",
                    "use TCP, UDP or SCTP"));
        }
        Object p = port.get("port");
        Object end = port.get("endPort");
        if (p instanceof Number n && (n.intValue() < 1 || n.intValue() > 65535)) {
            findings.add(finding("API-NETPOL-PORT", m, at + ".port " + n + " is outside 1-65535", "use a valid port"));
        }
        if (end != null) {
            if (p == null) {
                findings.add(finding("API-NETPOL-PORT", m, at + ".endPort is set without port", "set port, the start of the range"));
            } else if (!(p instanceof Number)) {
                findings.add(finding("API-NETPOL-PORT", m, at + ".endPort is set with the named port '" + p + "'",
                        "use a numeric port with endPort"));
            } else if (end instanceof Number e && e.intValue() < ((Number) p).intValue()) {
                findings.add(finding("API-NETPOL-PORT", m, at + ".endPort " + e + " is below port " + p,
                        "make endPort at least port"));
            }
        }
    }

    private void selectorLabels(Manifest m, Object selector, String at, List<Finding> findings) {
        if (selector instanceof Map<?, ?> s) {
            labels(m, s.get("matchLabels"), at + ".matchLabels", findings);
        }
    }

    private static Finding finding(String rule, Manifest m, String message, String remediation) {
        return new Finding(rule, Severity.ERROR, Stage.SCHEMA, m.file(), m.line(), m.objectRef(), message, remediation, null);
    }
}
