package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KotlinConfigKeysTest {

    private static List<String> keys(String kotlin) throws Exception {
        return KotlinConfigKeys.of(KotlinStringLiterals.scan(kotlin));
    }

    @Test
    void placeholdersPrefixesAndGettersAreRead() throws Exception {
        assertEquals(List.of("orders.url", "stock.host", "app.payments", "billing", "catalog.service-url", "quotes.url"),
                keys("""
                        class A(@field:Value("\\${orders.url:http://orders:8080}") val o: String,
                                @Value(value = "http://\\${stock.host}/items") val s: String)
                        @ConfigurationProperties(prefix = "app.payments") data class P(val baseUrl: String)
                        @get:org.springframework.boot.context.properties.ConfigurationProperties("billing") val b = B()
                        fun f(env: Environment) {
                            env.getProperty("catalog.serviceUrl")
                            env.getRequiredProperty<String>(
                                "quotes.url", String::class.java)
                        }
                        """));
    }

    @Test
    void templatesVariablesCommentsAndConcatenationsReadNothing() throws Exception {
        assertEquals(List.of(), keys("""
                val a = "${orders.url}"
                // @Value("\\${commented.url}")
                /* env.getProperty("commented.key") */
                fun f(env: Environment, key: String) {
                    env.getProperty(key)
                    env.getProperty("prefix." + key)
                    env.getProperty("$key.url")
                    val text = "getProperty(\\"in.a.string\\")"
                    mygetProperty("not.a.getter")
                }
                @ConfigurationProperties(prefix = PREFIX) class C
                """));
    }

    @Test
    void annotationMembersAreTheArgumentsThatAreOneWholeLiteral() throws Exception {
        List<KotlinAnnotations.Use> uses = KotlinAnnotations.of(KotlinStringLiterals.scan("""
                @FeignClient(
                    name = "orders", url = "http://" + HOST,
                    path = "/api", configuration = [A::class, B::class], qualifiers = ["x", "y"]
                )
                interface Orders
                @Feign("not.this") @FeignClients("nor.this")
                """), "FeignClient");
        assertEquals(1, uses.size());
        assertEquals(1, uses.get(0).line());
        assertEquals(Map.of("name", "orders", "path", "/api"), uses.get(0).members());
    }

    @Test
    void aFileOfUnclosedCallsIsScannedInBoundedTimeAndReadsNothing() {
        String hostile = "env.getProperty(".repeat(60_000) + "\"a.b\"";
        List<String> keys = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> keys(hostile),
                "each unclosed call is scanned at most " + KotlinAnnotations.MAX_ARGUMENTS + " characters");
        assertEquals(List.of(), keys);
    }
}
