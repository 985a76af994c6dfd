package com.clearwater.pools.config;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.support.converter.Jackson2JsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class RabbitConfig {
    public static final String CHARGE_QUEUE = "pools.charges";
    public static final String VISIT_QUEUE = "pools.visits";

    @Bean
    Queue chargeQueue() {
        return new Queue(CHARGE_QUEUE, true);
    }

    @Bean
    Queue visitQueue() {
        return new Queue(VISIT_QUEUE, true);
    }

    @Bean
    MessageConverter jsonConverter() {
        return new Jackson2JsonMessageConverter();
    }
}
