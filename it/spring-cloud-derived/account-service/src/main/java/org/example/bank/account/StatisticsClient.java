package org.example.bank.account;

import org.springframework.cloud.openfeign.FeignClient;

@FeignClient(name = "statistics-service")
public interface StatisticsClient {
}
