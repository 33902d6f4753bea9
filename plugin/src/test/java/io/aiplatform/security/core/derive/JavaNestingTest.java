package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JavaNestingTest {

    @Test
    void deepParenthesesAndLongRunsOfCastsAreFoundAtTheirLine() {
        JavaNesting.Excess deep = JavaNesting.check("class A {\n\n  int x = " + "(".repeat(501) + "1"
                + ")".repeat(501) + ";\n}\n").orElseThrow();
        assertEquals(3, deep.line());
        assertTrue(deep.what().contains("nested more than 500 deep"), deep.what());
        JavaNesting.Excess casts = JavaNesting.check("class A {\n  Object x = " + "(Object) ".repeat(101) + "y;\n}\n")
                .orElseThrow();
        assertEquals(2, casts.line());
        assertTrue(casts.what().contains("more than 100 parenthesised groups in a row"), casts.what());
    }

    @Test
    void ordinaryCodeAndBracketsInsideStringsCommentsAndTextBlocksPass() {
        String inert = "(".repeat(1_000);
        String code = "class A {\n"
                + "  // " + inert + "\n"
                + "  /* " + inert + " */\n"
                + "  String s = \"" + inert + "\\\"" + inert + "\";\n"
                + "  String t = \"\"\"\n    " + inert + "\n    \"\"\";\n"
                + "  char c = '(';\n"
                + "  long v = (long) (int) (short) f((a), (b)) + g(h(i(j(k))));\n"
                + "}\n";
        assertEquals(Optional.empty(), JavaNesting.check(code));
        assertEquals(Optional.empty(), JavaNesting.check("int x = " + "(Object) ".repeat(100) + "y;"),
                "100 casts in a row are within the bound");
    }
}
