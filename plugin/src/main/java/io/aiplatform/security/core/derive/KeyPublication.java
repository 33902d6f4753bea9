package io.aiplatform.security.core.derive;

/**
 * Where a module's sources read a configuration key only to hand its URL to the browser: as the URL of an OpenAPI
 * server ({@link OpenApiServerUrls}; {@code field} null), or into a field or parameter whose name says the browser is
 * sent there ({@link BrowserUrlNames}: {@code returnUrl}).
 */
record KeyPublication(int line, String field) {

    /** How the sources in {@code file} use the key, for a sentence "reads KEY only …". */
    String phrase(String file) {
        String where = file + ":" + line;
        return field == null
                ? "as the URL of an OpenAPI server (" + where + "), which its API document hands to the browser"
                : "into " + field + " (" + where + "), whose name says it is a URL the user's browser is sent to"
                + " (a payment provider's return or cancel URL, an authorization server's redirect URI)";
    }
}
