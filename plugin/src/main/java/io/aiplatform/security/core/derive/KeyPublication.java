package io.aiplatform.security.core.derive;

/**
 * Where a module's sources read a configuration key only to hand its URL to a browser: as the URL of an OpenAPI
 * server ({@link OpenApiServerUrls}; {@code field} null), into a field or parameter whose name says the browser is
 * sent there ({@link BrowserUrlNames}: {@code returnUrl}), or into the text of an e-mail ({@link MailTextUrls};
 * {@code mail} true), whose recipient follows the link.
 */
record KeyPublication(int line, String field, boolean mail) {

    KeyPublication(int line, String field) {
        this(line, field, false);
    }

    /** A key written only into the text of an e-mail, at {@code line}. */
    static KeyPublication mailText(int line) {
        return new KeyPublication(line, null, true);
    }

    /** How the sources in {@code file} use the key, for a sentence "reads KEY only …". */
    String phrase(String file) {
        String where = file + ":" + line;
        if (mail) {
            return "into the text of an e-mail (" + where + "), a link its recipient's browser follows";
        }
        return field == null
                ? "as the URL of an OpenAPI server (" + where + "), which its API document hands to the browser"
                : "into " + field + " (" + where + "), whose name says it is a URL the user's browser is sent to"
                + " (a payment provider's return or cancel URL, an authorization server's redirect URI)";
    }
}
