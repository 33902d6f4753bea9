package pay.user.client.starter;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;
import pay.user.client.UserClient;

@Configuration
@EnableFeignClients(basePackageClasses = {UserClient.class})
public class UserClientFeignConfiguration {
}
