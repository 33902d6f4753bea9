package ${package}.gateway;

/** The platform's API gateway. */
public final class Gateway {

    private Gateway() {
    }
}
