package shop.orders

import org.springframework.stereotype.Component
import org.springframework.web.client.RestTemplate

@Component
class StockClient(val restTemplate: RestTemplate) {

    fun available(id: Long): Int =
        restTemplate.getForObject("http://stock:8082/items/$id/count", Int::class.java) ?: 0

    // fun bill(id: Long) = restTemplate.postForObject("http://billing:8084/bills", id, String::class.java)
}
