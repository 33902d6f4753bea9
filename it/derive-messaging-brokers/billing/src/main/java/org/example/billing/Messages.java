package org.example.billing;

class Messages {
    @org.springframework.amqp.rabbit.annotation.RabbitListener(queues = "bills")
    void on(String bill) { }
}
