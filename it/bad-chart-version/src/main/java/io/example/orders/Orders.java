package io.example.orders;

/** The single service of this repository. */
public final class Orders {
    private Orders() {
    }
}
