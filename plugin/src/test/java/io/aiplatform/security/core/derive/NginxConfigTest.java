package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NginxConfigTest {

    @Test
    void passesAndUpstreamServersAreReadWithTheirLinesAndAnHttpServerBlockIsNoUpstream() {
        NginxConfig.Read read = NginxConfig.read("""
                upstream api { server a:1; server 'b'; }
                server {            # server here is a block, not an address
                    listen 80;
                    location / {
                        fastcgi_pass php:9000;
                        uwsgi_pass unix:/run/app.sock;
                    }
                }
                """);
        assertEquals(List.of("api"), read.upstreams());
        assertEquals(List.of(new NginxConfig.Address("server", "api", "a:1", 1),
                new NginxConfig.Address("server", "api", "b", 1),
                new NginxConfig.Address("fastcgi_pass", null, "php:9000", 5),
                new NginxConfig.Address("uwsgi_pass", null, "unix:/run/app.sock", 6)), read.addresses());
    }

    @Test
    void aSetOfTheBlockOrABlockAroundGivesAVariableALiteralAndASiblingsSetDoesNot() {
        NginxConfig.Read read = NginxConfig.read("""
                server {
                    set $base "orders";
                    location /a/ { set $svc 'search'; proxy_pass http://$svc:9200; }
                    location /b/ { proxy_pass http://$svc:9200; }
                    location /c/ { proxy_pass http://$base; }
                    location /d/ { set $h $host; proxy_pass http://$h; }
                }
                """);
        assertEquals(List.of("http://search:9200", "http://$svc:9200", "http://orders", "http://$h"),
                read.addresses().stream().map(NginxConfig.Address::resolved).toList());
        assertEquals(List.of(new NginxConfig.Assignment("svc", "search", 3)), read.addresses().get(0).sets());
    }

    @Test
    void anAddressGivesItsHostAndPortWithNginxDefaultsAndNoneForSocketsAndVariables() {
        assertEquals(new ConnectionUrl.Endpoint("api", 443), NginxConfig.endpoint("https://api/x"));
        assertEquals(new ConnectionUrl.Endpoint("api", 80), NginxConfig.endpoint("http://api"));
        assertEquals(new ConnectionUrl.Endpoint("grpc-svc", 9090), NginxConfig.endpoint("grpc://grpc-svc:9090"));
        assertEquals(new ConnectionUrl.Endpoint("php", 9000), NginxConfig.endpoint("php:9000"));
        assertNull(NginxConfig.endpoint("unix:/run/app.sock"));
        // a variable right after an explicit port begins the URI; in the address or the scheme it is run-time only
        assertEquals(new ConnectionUrl.Endpoint("write", 3100), NginxConfig.endpoint("http://write:3100$request_uri"));
        assertNull(NginxConfig.endpoint("http://write$request_uri"));
        assertNull(NginxConfig.endpoint("http://api-$env:8080/x"));
        assertNull(NginxConfig.endpoint("$scheme://api:8080"));
        assertNull(NginxConfig.endpoint("http://$host"));
        assertNull(NginxConfig.endpoint("$scheme://$http_host$request_uri"));
    }
}
