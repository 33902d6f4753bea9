package org.example.users;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.client.RestClient;

class Mailer {
    @Value("${user.service.base-url}")
    private String baseUrl;
    private final RestClient billing;
    private final JavaMailSender sender;

    Mailer(@Value("${billing.url}") String billingUrl, JavaMailSender sender) {
        this.billing = RestClient.builder().baseUrl(billingUrl).build();
        this.sender = sender;
    }

    void sendReset(String to, String token) {
        String resetLink = baseUrl + "/users/reset?token=" + token;
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(to);
        message.setText("Click on the link to reset your password: " + resetLink);
        sender.send(message);
    }
}
