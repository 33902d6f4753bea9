package pay.user.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

@FeignClient(value = "user-client", url = "${user.url}")
public interface UserClient {
    @GetMapping("/info")
    String info();
}
