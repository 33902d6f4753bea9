package shop.web

import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component

@Component
class Billing(@Value("\${shop.billing-url}") private val billingUrl: String) {
    fun describe() = "billing at $billingUrl"
}
