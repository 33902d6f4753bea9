package ${package};

import java.net.URI;
import java.util.Properties;

/**
 * Calls the payments service, which another repository builds: its address is the configuration key
 * {@code payments.url} (src/main/resources/application.properties), so the build records the call in its intents.
 */
public final class PaymentsClient {

    private final URI base;

    public PaymentsClient(Properties configuration) {
        this.base = URI.create(configuration.getProperty("payments.url"));
    }

    /** The address of the payments service. */
    public URI base() {
        return base;
    }
}
