package bank.payments;

import io.grpc.ManagedChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.springframework.beans.factory.annotation.Value;

class Channels {

    private static final String ACCOUNTS = "dns:///accounts:9091";

    @Value("${customers.host}")
    private String customersHost;

    Object customers() {
        return NettyChannelBuilder.forAddress(customersHost, 9090).usePlaintext().build();
    }

    Object accounts() {
        return ManagedChannelBuilder.forTarget(ACCOUNTS).usePlaintext().build();
    }
}
