package com.warmwell.boiler.config;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.support.converter.Jackson2JsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AmqpConfig {
    public static final String DEPOSITS = "boiler.callout-deposits";
    public static final String REMINDERS = "boiler.reminders";

    @Bean
    Queue depositsQueue() {
        return QueueBuilder.durable(DEPOSITS).deadLetterExchange("").deadLetterRoutingKey(DEPOSITS + ".dlq").build();
    }

    @Bean
    Queue depositsDlq() {
        return QueueBuilder.durable(DEPOSITS + ".dlq").build();
    }

    @Bean
    Queue remindersQueue() {
        return QueueBuilder.durable(REMINDERS).build();
    }

    @Bean
    MessageConverter jsonConverter() {
        return new Jackson2JsonMessageConverter();
    }
}
