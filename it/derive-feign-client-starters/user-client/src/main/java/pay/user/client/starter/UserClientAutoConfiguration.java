package pay.user.client.starter;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration
@Import({UserClientFeignConfiguration.class})
public class UserClientAutoConfiguration {
}
