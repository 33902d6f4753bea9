package pay.wallet.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

@FeignClient(value = "wallet-client", url = "${wallet.url}")
public interface WalletClient {
    @GetMapping("/info")
    String info();
}
