package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The names of URLs the browser is sent to, whole or as their end, in every relaxed form. */
class BrowserUrlNamesTest {

    @Test
    void returnCancelSuccessAndRedirectNamesInEveryForm() {
        for (String name : new String[] {"returnUrl", "return_url", "RETURN_URL", "paypal-return-url", "cancelUrl",
                "successUrl", "failureUrl", "redirectUri", "postLogoutRedirectUri", "redirect-url"}) {
            assertTrue(BrowserUrlNames.of(name).isPresent(), name);
        }
        assertEquals(Optional.of("returnurl"), BrowserUrlNames.of("paymentReturnUrl"));
    }

    @Test
    void callbackAndOtherUrlsAreNoBrowserNames() {
        for (String name : new String[] {"callbackUrl", "notifyUrl", "url", "publicUrl", "baseUrl", "returnUrlPrefix",
                "redirect-uri-template", "returned"}) {
            assertFalse(BrowserUrlNames.of(name).isPresent(), name);
        }
    }

    @Test
    void aKeyIsNamedByItsLastElementWithoutListIndexes() {
        assertTrue(BrowserUrlNames.namesKey("shop.paypal.return-url"));
        assertTrue(BrowserUrlNames.namesKey("shop.checkout.successUrl"));
        assertTrue(BrowserUrlNames.namesKey("app.oidc.redirect-uris[0]"));
        assertFalse(BrowserUrlNames.namesKey("shop.return-url.host"));
        assertFalse(BrowserUrlNames.namesKey("yas.public.url"));
    }
}
