package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Each call of Helm's {@code lookup} in a template action becomes the empty map that {@code helm template}
 * documents; nothing else of the template changes.
 */
class HelmLookupCallsTest {

    @Test
    void aCallInAnActionBecomesAnEmptyPick() {
        assertEquals("{{- $s := (pick (dict) \"v1\" \"Secret\" .Release.Namespace \"db\").data }}",
                HelmLookupCalls.rewritten("{{- $s := (lookup \"v1\" \"Secret\" .Release.Namespace \"db\").data }}"));
    }

    @Test
    void aPipedCallAndSeveralCallsOfOneActionAreAllRewritten() {
        assertEquals("{{ if and (pick (dict) \"v1\" \"Secret\" \"ns\" \"a\") (\"b\" | pick (dict) \"v1\" \"Secret\" \"ns\") }}x{{ end }}",
                HelmLookupCalls.rewritten("{{ if and (lookup \"v1\" \"Secret\" \"ns\" \"a\") (\"b\" | lookup \"v1\" \"Secret\" \"ns\") }}x{{ end }}"));
    }

    @Test
    void textStringsCommentsAndOtherNamesAreLeftAsTheyAre() {
        String template = "# lookup is used below\nname: lookup\n"
                + "{{/* lookup \"v1\" */}}{{ $lookup := .Values.lookup }}{{ print \"lookup {{\" `lookup` }}"
                + "{{ lookups }}{{ include \"x.lookup\" . }}\n";
        assertEquals(template, HelmLookupCalls.rewritten(template));
        assertFalse(HelmLookupCalls.present(template));
    }

    @Test
    void linesKeepTheirNumbers() {
        String template = "a: 1\n{{- $x := lookup \"v1\"\n  \"Secret\" \"ns\" \"n\" }}\nb: {{ lookup \"v1\" \"ConfigMap\" \"\" \"\" }}\n";
        String rewritten = HelmLookupCalls.rewritten(template);
        assertEquals(template.lines().count(), rewritten.lines().count());
        assertEquals("b: {{ pick (dict) \"v1\" \"ConfigMap\" \"\" \"\" }}", rewritten.lines().toList().get(3));
        assertTrue(HelmLookupCalls.present(template));
    }

    @Test
    void anEscapedQuoteDoesNotEndTheString() {
        String template = "{{ printf \"say \\\"lookup\\\" \" }}{{ lookup \"v1\" \"Secret\" \"n\" \"s\" }}";
        assertEquals("{{ printf \"say \\\"lookup\\\" \" }}{{ pick (dict) \"v1\" \"Secret\" \"n\" \"s\" }}",
                HelmLookupCalls.rewritten(template));
    }

    @Test
    void anUnclosedActionIsCopiedAsItIs() {
        assertEquals("{{ pick (dict) \"v1\"", HelmLookupCalls.rewritten("{{ lookup \"v1\""));
        assertEquals("no actions here", HelmLookupCalls.rewritten("no actions here"));
    }
}
