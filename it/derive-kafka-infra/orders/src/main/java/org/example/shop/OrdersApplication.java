package org.example.shop;

public class OrdersApplication {
    public static void main(String[] args) {
    }
}
