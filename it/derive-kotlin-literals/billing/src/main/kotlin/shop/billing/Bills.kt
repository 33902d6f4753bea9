package shop.billing

class Bills
