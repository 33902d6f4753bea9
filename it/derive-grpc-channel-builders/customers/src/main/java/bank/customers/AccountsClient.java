package bank.customers;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.springframework.beans.factory.annotation.Value;

class AccountsClient {

    private final ManagedChannel channel;

    AccountsClient(@Value("${accounts.address:localhost}") String serverAddress,
                   @Value("${accounts.grpc.port:9091}") int serverPort) {
        this.channel = ManagedChannelBuilder.forAddress(serverAddress, serverPort).usePlaintext().build();
    }
}
