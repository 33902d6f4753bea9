package org.example.shop.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.openfeign.FeignClient;

@FeignClient(name = "billing", url = "http://feign:PwAnnotation4711@billing:8081/api?access_token=TokAnnotation4711")
public interface BillingCalls {

    String LEDGER = "http://cache:PwLiteral4711@billing:8081/ledger?access_token=TokLiteral4711#TokFragment4711";
    String REFUNDS = "http://billing:8081/refunds?access_token=TokLiteralQuery4711";

    class Invoices {
        @Value("${invoices.url:http://inv:PwValueDefault4711@billing:8081/invoices?token=TokValueDefault4711}")
        String invoices;
    }

    class Audit {
        @Value("${app.audit.url}")
        String audit;
    }
}
