package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host part of a URL once its user info is cut off: one {@code host[:port]} or a comma list of
 * them, each host a DNS name, an IPv4 address or a bracketed IPv6 literal, or MySQL's {@code
 * (host=…,port=…)} and {@code address=(host=…)(port=…)}. A placeholder in a host makes it unresolved;
 * one in a port leaves the port unknown.
 */
record Authority(List<ConnectionUrl.Endpoint> endpoints, List<String> variables) {

    private static final Pattern PORT = Pattern.compile("\\d{1,5}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");

    static Authority parse(String text) {
        List<ConnectionUrl.Endpoint> endpoints = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        for (String item : UrlText.splitTopLevel(text, ',')) {
            endpoint(item.strip(), endpoints, variables);
        }
        return new Authority(endpoints, variables);
    }

    boolean isEmpty() {
        return endpoints.isEmpty() && variables.isEmpty();
    }

    /** The hosts and ports as evidence shows them, placeholders by name. */
    String shown() {
        List<String> parts = new ArrayList<>();
        endpoints.forEach(e -> parts.add(e.shown()));
        variables.forEach(v -> parts.add("${" + v + "}"));
        return String.join(",", parts);
    }

    /** Adds the host that {@code item} names to {@code endpoints}, or its placeholders to {@code variables}. */
    static void endpoint(String item, List<ConnectionUrl.Endpoint> endpoints, List<String> variables) {
        if (item.isEmpty()) {
            return;
        }
        String lower = item.toLowerCase(Locale.ROOT);
        if (item.startsWith("(") || lower.startsWith("address=")) {
            keyed(item, endpoints, variables);
            return;
        }
        String host;
        String port;
        if (item.startsWith("[")) {
            int close = item.indexOf(']');
            if (close < 0) {
                return;
            }
            host = item.substring(0, close + 1);
            String rest = item.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return;
            }
            port = rest.isEmpty() ? "" : rest.substring(1);
            if (!isIpv6Literal(host)) {
                return;
            }
        } else {
            int colon = UrlText.firstTopLevel(item, 0, item.length(), ":");
            host = item.substring(0, colon);
            port = colon < item.length() ? item.substring(colon + 1) : "";
            if (host.contains("${")) {
                variables.addAll(UrlText.placeholderNames(host));
                return;
            }
            if (!isRegName(host)) {
                return;
            }
        }
        add(host, port, endpoints);
    }

    private static void add(String host, String port, List<ConnectionUrl.Endpoint> endpoints) {
        if (port.isEmpty() || port.startsWith("${") && port.endsWith("}")) {
            endpoints.add(new ConnectionUrl.Endpoint(host, null));
        } else if (PORT.matcher(port).matches() && Integer.parseInt(port) <= 65535) {
            endpoints.add(new ConnectionUrl.Endpoint(host, Integer.valueOf(port)));
        }
    }

    /** MySQL's {@code (host=h,port=p,…)} and {@code address=(host=h)(port=p)…}: only host and port are read. */
    private static void keyed(String item, List<ConnectionUrl.Endpoint> endpoints, List<String> variables) {
        String host = null;
        String port = "";
        for (UrlText.KeyValue pair : UrlText.keyValues(item, "[(),]")) {
            if (pair.key().equals("host")) {
                host = pair.value();
            } else if (pair.key().equals("port")) {
                port = pair.value();
            }
        }
        if (host == null) {
            return;
        }
        if (host.contains("${")) {
            variables.addAll(UrlText.placeholderNames(host));
        } else if (isRegName(host) || isIpv6Literal(host)) {
            add(host, port, endpoints);
        }
    }

    /** A DNS name or IPv4 address: letters, digits, '.', '-', '_' and '~' (RFC 3986's unreserved), one letter or digit at least. */
    static boolean isRegName(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        boolean alnum = false;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!letterOrDigit && c != '.' && c != '-' && c != '_' && c != '~') {
                return false;
            }
            alnum |= letterOrDigit;
        }
        return alnum;
    }

    /** {@code [hex:hex::…]}, maybe with an embedded IPv4 address or a zone ({@code %25eth0}). */
    static boolean isIpv6Literal(String host) {
        if (host.length() < 4 || host.charAt(0) != '[' || host.charAt(host.length() - 1) != ']') {
            return false;
        }
        String inner = host.substring(1, host.length() - 1);
        int zone = inner.indexOf("%25");
        String address = zone < 0 ? inner : inner.substring(0, zone);
        if (zone >= 0 && !isRegName(inner.substring(zone + 3))) {
            return false;
        }
        return address.contains(":") && IPV6_CHARACTERS.matcher(address).matches() && !address.contains(":::")
                && address.indexOf("::") == address.lastIndexOf("::");
    }
}
