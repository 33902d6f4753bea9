package org.example.orders;

import org.springframework.cloud.openfeign.FeignClient;

@FeignClient(name = "billing", url = "billing-cluster-ip:8080/api/v1")
public interface BillingClient {
}
