package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link ConnectionUrl} over generated URLs: random schemes, user info (with '@', ':', '/',
 * '?', '#' percent-encoded), DNS names, IPv4 and IPv6 hosts, ports, paths, queries and fragments. The
 * secret parts are drawn from upper-case letters and percent escapes, which no host, port or path here
 * holds, so "no character of them in the evidence" can be checked character by character.
 */
class ConnectionUrlPropertiesTest {

    /** One generated URL and what the parser must find in it. */
    record Generated(String scheme, String userInfo, String host, Integer port, String path, String query,
                     String fragment) {

        String text() {
            return scheme + "://" + (userInfo.isEmpty() ? "" : userInfo + "@") + host + (port == null ? "" : ":" + port)
                    + path + (query.isEmpty() ? "" : "?" + query) + (fragment.isEmpty() ? "" : "#" + fragment);
        }

        String expectedShown() {
            return scheme + "://" + host + (port == null ? "" : ":" + port) + path;
        }
    }

    @Provide
    Arbitrary<String> schemes() {
        return Arbitraries.of("http", "https", "lb", "grpc", "redis", "rediss", "amqp", "amqps", "mongodb", "mongodb+srv",
                "jdbc:postgresql", "jdbc:mysql", "jdbc:mariadb", "r2dbc:postgresql", "r2dbc:pool:mysql", "nats", "kafka");
    }

    /** Upper-case letters with every reserved character percent-encoded: what a password may be. */
    @Provide
    Arbitrary<String> secrets() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('G', 'Z').ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("@", ":", "/", "?", "#", "[", "]", "%", " ", "=", "&", ";", ",", "é")
                        .map(ConnectionUrlPropertiesTest::encode));
        return piece.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> userInfos() {
        return Arbitraries.oneOf(Arbitraries.just(""), secrets(), secrets().map(s -> ":" + s),
                Combinators.combine(secrets(), secrets()).as((u, p) -> u + ":" + p));
    }

    @Provide
    Arbitrary<String> hosts() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withChars('0', '9').ofMinLength(1)
                .ofMaxLength(10).map(s -> s.length() > 2 ? s.charAt(0) + s.substring(1, s.length() - 1).replace('7', '-')
                        + s.charAt(s.length() - 1) : s);
        Arbitrary<String> dns = label.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(".", l));
        Arbitrary<String> ipv4 = Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(l -> l.get(0) + "." + l.get(1) + "." + l.get(2) + "." + l.get(3));
        Arbitrary<String> group = Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'f').ofMinLength(1)
                .ofMaxLength(4);
        Arbitrary<String> ipv6Full = group.list().ofSize(8).map(l -> "[" + String.join(":", l) + "]");
        Arbitrary<String> ipv6Short = Combinators.combine(group.list().ofMaxSize(3), group.list().ofMaxSize(3))
                .as((a, b) -> "[" + String.join(":", a) + "::" + String.join(":", b) + "]");
        return Arbitraries.oneOf(dns, ipv4, ipv6Full, ipv6Short);
    }

    @Provide
    Arbitrary<List<String>> hostLists() {
        return hosts().list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<Integer> ports() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.integers().between(0, 65535));
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '.', '_', '~')
                .ofMaxLength(8);
        return segment.list().ofMaxSize(4).map(l -> l.isEmpty() ? "" : "/" + String.join("/", l));
    }

    @Provide
    Arbitrary<Generated> urls() {
        Arbitrary<String> query = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(secrets(), secrets()).as((k, v) -> k + "=" + v));
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.just(""), secrets());
        return Combinators.combine(schemes(), userInfos(), hosts(), ports(), paths(), query, fragment)
                .as(Generated::new);
    }

    @Property(tries = 2000)
    void theParsedHostAndPortAreTheGeneratedOnes(@ForAll("urls") Generated url) {
        ConnectionUrl parsed = ConnectionUrl.parse(url.text()).orElseThrow(() -> new AssertionError(url.text()));
        assertEquals(List.of(new ConnectionUrl.Endpoint(url.host(), url.port())), parsed.endpoints(), url.text());
        assertEquals(url.scheme(), parsed.scheme());
        assertFalse(parsed.unresolvedHost());
    }

    @Property(tries = 2000)
    void noCharacterOfUserInfoQueryOrFragmentReachesTheEvidence(@ForAll("urls") Generated url) {
        String shown = ConnectionUrl.parse(url.text()).orElseThrow().shown();
        assertEquals(url.expectedShown(), shown, url.text());
        for (char c : shown.toCharArray()) {
            assertFalse(c >= 'G' && c <= 'Z' || "%@?#=&; ".indexOf(c) >= 0, () -> "'" + c + "' of " + url.text()
                    + " shown as " + shown);
        }
    }

    @Property(tries = 1000)
    void aUrlInsideOtherTextIsFoundWhole(@ForAll("urls") Generated url, @ForAll("urls") Generated next) {
        String text = "x: " + url.text() + " y," + next.text() + ",";
        List<ConnectionUrl> found = ConnectionUrl.findAll(text);
        assertEquals(2, found.size(), text);
        assertEquals(url.expectedShown(), found.get(0).shown());
        assertEquals(new ConnectionUrl.Endpoint(next.host(), next.port()), found.get(1).endpoints().get(0));
    }

    @Property(tries = 1000)
    void aHostListYieldsEveryHostInOrder(@ForAll("hostLists") List<String> hosts, @ForAll("ports") Integer port,
                                         @ForAll("userInfos") String userInfo) {
        String authority = String.join(",", hosts.stream().map(h -> port == null ? h : h + ":" + port).toList());
        String text = "mongodb://" + (userInfo.isEmpty() ? "" : userInfo + "@") + authority + "/db?replicaSet=RS";
        List<ConnectionUrl.Endpoint> expected = hosts.stream().map(h -> new ConnectionUrl.Endpoint(h, port)).toList();
        assertEquals(expected, ConnectionUrl.parse(text).orElseThrow().endpoints(), text);
    }

    @Property(tries = 1000)
    void aPlaceholderCountsOnlyInTheHost(@ForAll("urls") Generated url,
                                         @ForAll("variables") String variable, @ForAll boolean inHost) {
        String placeholder = "${" + variable + "}";
        Generated withPlaceholder = inHost
                ? new Generated(url.scheme(), url.userInfo(), placeholder, url.port(), url.path(), url.query(), url.fragment())
                : new Generated(url.scheme(), url.userInfo().isEmpty() ? placeholder : url.userInfo() + placeholder,
                        url.host(), url.port(), url.path() + "/" + placeholder, url.query(), url.fragment());
        ConnectionUrl parsed = ConnectionUrl.parse(withPlaceholder.text()).orElseThrow();
        if (inHost) {
            assertEquals(List.of(variable), parsed.hostVariables(), withPlaceholder.text());
            assertTrue(parsed.endpoints().isEmpty());
        } else {
            assertEquals(List.of(new ConnectionUrl.Endpoint(url.host(), url.port())), parsed.endpoints(),
                    withPlaceholder.text());
        }
    }

    @Provide
    Arbitrary<String> variables() {
        return Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(12)
                .filter(s -> Character.isLetter(s.charAt(0)));
    }

    private static String encode(String raw) {
        StringBuilder sb = new StringBuilder();
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            sb.append('%').append(String.format("%02X", b & 0xff));
        }
        return sb.toString();
    }
}
