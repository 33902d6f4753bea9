package bank.accounts;

import io.grpc.ManagedChannelBuilder;

class AuditClient {

    Object channel() {
        return ManagedChannelBuilder.forAddress("localhost", 9999).usePlaintext().build();
    }
}
