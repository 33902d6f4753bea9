package ${package}.orders;

/** The orders service. */
public final class Orders {

    private Orders() {
    }
}
