package shop.web;

public class WebApplication {
    public static void main(String[] args) {
    }
}
