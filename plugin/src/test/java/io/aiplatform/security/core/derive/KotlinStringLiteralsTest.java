package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class KotlinStringLiteralsTest {

    private static List<String> values(String text) throws KotlinStringLiterals.TooDeep {
        return KotlinStringLiterals.of(text).stream().map(l -> l.line() + " " + l.value()).toList();
    }

    @Test
    void plainAndRawStringsWithTheirLines() throws Exception {
        assertEquals(List.of("2 http://employee-service:8080/employees", "3 a \"quoted\" b\n"),
                values("class C {\n  val u = rest.postForObject(\"http://employee-service:8080/employees\", e)\n"
                        + "  val r = \"\"\"a \"quoted\" b\n\"\"\"\n}\n"));
    }

    @Test
    void aValueEndsWhereItsFirstTemplateBegins() throws Exception {
        assertEquals(List.of("1 http://orders:8080/items/", "2 http://"),
                values("val a = \"http://orders:8080/items/$id/x\"\nval b = \"http://${host}:8080\"\n"));
    }

    @Test
    void theLiteralsInsideATemplateAreLiteralsAndItsBracesDoNotEndIt() throws Exception {
        assertEquals(List.of("1 k", "1 http://orders:8080", "1 x"),
                values("val a = \"x${map.getOrElse(\"k\") { \"http://orders:8080\" }}y\"\n"));
    }

    @Test
    void commentsAndCharacterLiteralsHoldNoString() throws Exception {
        assertEquals(List.of("4 real"), values("// \"http://old:1\"\n/* outer /* inner */ \"http://gone:2\" */\n"
                + "val q = '\"'\nval s = \"real\"\n"));
    }

    @Test
    void escapesAreDecodedAndAnUnterminatedLiteralEndsAtItsLine() throws Exception {
        assertEquals(List.of("1 a\"b\\c$d\u0041", "2 open", "3 next"),
                values("val e = \"a\\\"b\\\\c\\$d\\u0041\"\nval o = \"open\nval n = \"next\"\n"));
    }

    @Test
    void templatesNestedTooDeepAreRefusedWithTheirLine() {
        String deep = "\n" + "\"${".repeat(KotlinStringLiterals.MAX_NESTING + 1);
        KotlinStringLiterals.TooDeep e = assertThrows(KotlinStringLiterals.TooDeep.class,
                () -> KotlinStringLiterals.of(deep));
        assertEquals(2, e.line());
    }
}
