package shop.cart;

class CartApplication {
}
