package org.example.orders;

public class OrderResource {
}
