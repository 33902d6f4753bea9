package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Oracle's JDBC URLs, which have no {@code ://}: {@code jdbc:oracle:thin:@host:1521:sid},
 * {@code jdbc:oracle:thin:@//host:1521/service}, {@code jdbc:oracle:thin:user/password@…} and
 * {@code jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(HOST=h)(PORT=p))…)}. The user and password before
 * the '@' are never kept.
 */
final class OracleUrl {

    private OracleUrl() {
    }

    /** Parses the URL at {@code start} ({@code jdbc:oracle:…}) into {@code into}; returns where it ends. */
    static int parse(String text, int start, List<ConnectionUrl> into) {
        int end = UrlText.urlEnd(text, start);
        int typeEnd = text.indexOf(':', start + "jdbc:oracle:".length());
        if (typeEnd < 0 || typeEnd >= end) {
            return end;
        }
        String scheme = text.substring(start, typeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.matches("jdbc:oracle:[a-z0-9]+")) {
            return end;
        }
        int at = UrlText.lastTopLevel(text, typeEnd, UrlText.firstTopLevel(text, typeEnd, end, "?"), '@');
        if (at < 0) {
            return end;
        }
        String address = text.substring(at + 1, end);
        if (address.startsWith("//")) {
            int authorityEnd = UrlText.authorityEnd(text, at + 3, end);
            Authority authority = Authority.parse(text.substring(at + 3, authorityEnd));
            if (!authority.isEmpty()) {
                into.add(ConnectionUrl.of(scheme, authority.endpoints(), authority.variables(),
                        scheme + ":@//" + authority.shown() + UrlText.shownPath(text, authorityEnd, end)));
            }
        } else if (address.startsWith("(")) {
            descriptor(scheme, address, into);
        } else {
            String[] parts = address.split("[/?]", 2)[0].split(":");
            String hostPort = parts.length >= 2 ? parts[0] + ":" + parts[1] : parts[0];
            Authority authority = Authority.parse(hostPort);
            if (!authority.isEmpty()) {
                into.add(ConnectionUrl.of(scheme, authority.endpoints(), authority.variables(),
                        scheme + ":@" + authority.shown()));
            }
        }
        return end;
    }

    /** Every {@code (HOST=…)} of a descriptor, each with the {@code (PORT=…)} that follows it. */
    private static void descriptor(String scheme, String address, List<ConnectionUrl> into) {
        List<ConnectionUrl.Endpoint> endpoints = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        String host = null;
        for (UrlText.KeyValue pair : UrlText.keyValues(address, "[()]")) {
            if (pair.key().equals("host")) {
                if (host != null) {
                    Authority.endpoint(host, endpoints, variables);
                }
                host = pair.value();
            } else if (pair.key().equals("port") && host != null) {
                Authority.endpoint(host + ":" + pair.value(), endpoints, variables);
                host = null;
            }
        }
        if (host != null) {
            Authority.endpoint(host, endpoints, variables);
        }
        if (!endpoints.isEmpty() || !variables.isEmpty()) {
            Authority authority = new Authority(endpoints, variables);
            into.add(ConnectionUrl.of(scheme, endpoints, variables, scheme + ":@" + authority.shown()));
        }
    }
}
