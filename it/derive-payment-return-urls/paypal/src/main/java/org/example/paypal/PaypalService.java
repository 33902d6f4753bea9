package org.example.paypal;

import org.springframework.beans.factory.annotation.Value;

public class PaypalService {
    @Value("${shop.public.url}/capture")
    private String returnUrl;
    @Value("${shop.public.url}/cancel")
    private String cancelUrl;

    public Object applicationContext() {
        return new String[] {returnUrl, cancelUrl};
    }
}
