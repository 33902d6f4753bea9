package shop.pricing

class Prices
