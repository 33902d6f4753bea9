package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigKeysTest {

    @Test
    void camelCaseUnderscoresAndUpperCaseBecomeSpringsCanonicalForm() {
        assertEquals("eureka.client.service-url.default-zone", ConfigKeys.canonical("eureka.client.serviceUrl.defaultZone"));
        assertEquals("zuul.ignored-services", ConfigKeys.canonical("zuul.ignoredServices"));
        assertEquals("acme.my-project.first-name", ConfigKeys.canonical("acme.my_project.first_name"));
        assertEquals("spring.cloud.gateway.routes[0].uri", ConfigKeys.canonical("spring.cloud.gateway.routes[0].uri"));
        assertEquals("app.hosts[main_host]", ConfigKeys.canonical("app.hosts[Main_Host]"), "brackets keep their words");
    }

    @Test
    void environmentVariablesAreTheirPropertiesWithIndexesAndQuarkusQuotedNames() {
        assertEquals("spring.datasource.url", ConfigKeys.ofVariable("SPRING_DATASOURCE_URL"));
        assertEquals("my.list[0].url", ConfigKeys.ofVariable("MY_LIST_0_URL"));
        assertEquals("quarkus.datasource.\"users\".jdbc.url", ConfigKeys.ofVariable("QUARKUS_DATASOURCE__USERS__JDBC_URL"));
    }

    @Test
    void everyRelaxedFormIsTheSameKey() {
        List<String> forms = List.of("eureka.client.serviceUrl.defaultZone", "eureka.client.service-url.default-zone",
                "eureka.client.service_url.default_zone", ConfigKeys.ofVariable("EUREKA_CLIENT_SERVICEURL_DEFAULTZONE"));
        forms.forEach(f -> assertTrue(ConfigKeys.same(f, "eureka.client.service-url.default-zone"), f));
        assertTrue(ConfigKeys.same("quarkus.datasource.\"users\".jdbc.url", "quarkus.datasource.users.jdbc.url"));
        assertFalse(ConfigKeys.same("spring.datasource.url", "spring.datasource.uri"));
    }

    @Test
    void underIsByWholeElements() {
        assertTrue(ConfigKeys.under("spring.data.mongodb.host", "spring.data.mongodb"));
        assertTrue(ConfigKeys.under("spring.data.mongoDb.host", "spring.data.mongodb"));
        assertTrue(ConfigKeys.under("app.urls[0]", "app.urls"));
        assertFalse(ConfigKeys.under("spring.datasources.x", "spring.datasource"));
        assertTrue(ConfigKeys.under("mongodb.uri", "mongodb."), "a prefix ending in a dot");
    }

    @Test
    void placeholdersFindTheirPropertyInAnyRelaxedForm() {
        ConfigValue v = new ConfigValue("app.orders-url", "http://orders", Path.of("a.yml"), 1);
        Map<String, ConfigValue> props = Map.of(ConfigKeys.uniform(v.key()), v);
        assertEquals("http://orders/x", Placeholders.resolve("${app.ordersUrl}/x", props).value());
        assertEquals("http://orders/x", Placeholders.resolve("${app.orders_url}/x", props).value());
    }
}
