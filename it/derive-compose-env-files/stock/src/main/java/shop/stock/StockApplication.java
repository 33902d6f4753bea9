package shop.stock;

class StockApplication {
}
