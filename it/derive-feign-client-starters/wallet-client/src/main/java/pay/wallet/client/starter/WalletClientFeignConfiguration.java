package pay.wallet.client.starter;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;
import pay.wallet.client.WalletClient;

@Configuration
@EnableFeignClients(basePackageClasses = {WalletClient.class})
public class WalletClientFeignConfiguration {
}
