package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** URLs of every documented form: the hosts and ports read, what evidence shows, and what never leaves the parser. */
class ConnectionUrlTest {

    private static String hosts(String text) {
        return ConnectionUrl.findAll(text).stream().flatMap(u -> u.endpoints().stream()).map(ConnectionUrl.Endpoint::shown)
                .collect(Collectors.joining(" "));
    }

    private static String shown(String text) {
        return ConnectionUrl.findAll(text).stream().map(ConnectionUrl::shown).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "http://redis:s3cret@orders:8081                                  | orders:8081            | http://orders:8081",
        "http://orders:8081/api?access_token=T0KEN#frag                   | orders:8081            | http://orders:8081/api",
        "r2dbc:postgresql://user:pw@db:5432/app                           | db:5432                | r2dbc:postgresql://db:5432/app",
        "r2dbc:pool:postgresql://user:pw@db:5432/app                      | db:5432                | r2dbc:pool:postgresql://db:5432/app",
        "jdbc:postgresql://h1:5432,h2:5433/db?password=pw                 | h1:5432 h2:5433        | jdbc:postgresql://h1:5432,h2:5433/db",
        "jdbc:mysql://u:p@mysql:3306/shop?useSSL=false                    | mysql:3306             | jdbc:mysql://mysql:3306/shop",
        "jdbc:mysql:loadbalance://m1:3306,m2:3307/shop                    | m1:3306 m2:3307        | jdbc:mysql:loadbalance://m1:3306,m2:3307/shop",
        "jdbc:mysql://(host=m1,port=3306,user=u,password=pw)/shop         | m1:3306                | jdbc:mysql://m1:3306/shop",
        "jdbc:mysql://address=(host=m1)(port=3307)(password=pw)/shop      | m1:3307                | jdbc:mysql://m1:3307/shop",
        "jdbc:sqlserver://mssql:1433;databaseName=x;password=p@ss         | mssql:1433             | jdbc:sqlserver://mssql:1433",
        "jdbc:oracle:thin:@//ora:1521/svc                                 | ora:1521               | jdbc:oracle:thin:@//ora:1521/svc",
        "jdbc:oracle:thin:@ora:1521:sid                                   | ora:1521               | jdbc:oracle:thin:@ora:1521",
        "jdbc:oracle:thin:scott/tiger@ora:1521:sid                        | ora:1521               | jdbc:oracle:thin:@ora:1521",
        "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=o1)(PORT=1522))(CONNECT_DATA=(SERVICE_NAME=s))) | o1:1522 | jdbc:oracle:thin:@o1:1522",
        "mongodb://u:p@h1:27017,h2:27017/db?replicaSet=rs0                | h1:27017 h2:27017      | mongodb://h1:27017,h2:27017/db",
        "mongodb+srv://u:p@cluster0.example.net/db                        | cluster0.example.net   | mongodb+srv://cluster0.example.net/db",
        "redis://:pw@cache:6379/0                                         | cache:6379             | redis://cache:6379/0",
        "rediss://default:pw@cache:6380                                   | cache:6380             | rediss://cache:6380",
        "amqp://u:p@rabbit:5672/vhost                                     | rabbit:5672            | amqp://rabbit:5672/vhost",
        "http://[fd00::1]:8080/x                                          | [fd00::1]:8080         | http://[fd00::1]:8080/x",
        "http://u:p%40ss%3A%2F%3F%23@[::1]/                               | [::1]                  | http://[::1]/",
        "http://a:8761/eureka/,http://b:8761/eureka/                      | a:8761 b:8761          | http://a:8761/eureka/ http://b:8761/eureka/",
        "optional:configserver:http://config:8888                         | config:8888            | http://config:8888",
        "lb://customers-service                                           | customers-service      | lb://customers-service",
        "http://u:pa/ss@orders:8081/x                                     | orders:8081            | http://orders:8081/x",
    })
    void readsHostsPortsAndShowsNoSecret(String url, String hosts, String shown) {
        assertEquals(hosts, hosts(url));
        assertEquals(shown, shown(url));
        for (String secret : List.of("s3cret", "T0KEN", "frag", "pw", "p@ss", "tiger", "useSSL", "replicaSet", "password", "pa/ss")) {
            assertFalse(shown(url).contains(secret), shown(url));
        }
    }

    @Test
    void aPlaceholderInTheHostIsUnresolvedOneInUserInfoOrPathIsNot() {
        ConnectionUrl url = ConnectionUrl.findAll("r2dbc:postgresql://postgres:${DB_PASSWORD}@${DB_HOST}:5432/app").get(0);
        assertTrue(url.unresolvedHost());
        assertEquals(List.of("DB_HOST"), url.hostVariables());
        assertEquals(List.of(), url.endpoints(), "the user name is no host");
        ConnectionUrl fine = ConnectionUrl.findAll("jdbc:postgresql://u:${DB_PASSWORD}@db:5432/${DB_NAME}").get(0);
        assertFalse(fine.unresolvedHost());
        assertEquals(List.of(new ConnectionUrl.Endpoint("db", 5432)), fine.endpoints());
        assertEquals(List.of(new ConnectionUrl.Endpoint("db", null)),
                ConnectionUrl.findAll("http://db:${DB_PORT}/x").get(0).endpoints(), "a placeholder port is unknown");
    }

    @Test
    void whatIsNoHostIsDropped() {
        assertEquals("", hosts("file:///etc/hosts"));
        assertEquals("exa", hosts("http://exa mple"), "a URL stops at a blank");
        assertEquals("", hosts("http://bad!host:80"));
        assertEquals("", hosts("http://host:99999"));
        assertEquals("", hosts("no url here"));
        assertEquals("orders:8081", hosts("see \"http://orders:8081\" there"));
        assertEquals(List.of(new ConnectionUrl.Endpoint("k1", 9092), new ConnectionUrl.Endpoint("[::1]", 9093)),
                ConnectionUrl.hostList("k1:9092, [::1]:9093"));
    }
}
