package shop.stock

import org.springframework.web.reactive.function.client.WebClient

class PricingClient(host: String) {

    private val pricing = WebClient.create("""http://pricing:8083/prices""")

    private val mirror = "http://${host}:8084/prices"

    /* an older endpoint, kept for reference: "http://billing:8084/legacy" */
    fun separator(): Char = '"'
}
