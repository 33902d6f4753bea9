package org.example.notifier;

@io.micronaut.rabbitmq.annotation.RabbitListener
class Messages {
    @io.micronaut.rabbitmq.annotation.Queue("notes")
    void on(String note) { }
}
