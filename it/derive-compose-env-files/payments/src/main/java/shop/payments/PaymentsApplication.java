package shop.payments;

class PaymentsApplication {
}
