package shop.catalog;

class CatalogApplication {
}
