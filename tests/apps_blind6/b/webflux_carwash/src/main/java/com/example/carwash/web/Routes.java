package com.example.carwash.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration
public class Routes {
    @Bean
    RouterFunction<ServerResponse> routes(MemberHandler h, GatewayWebhookHandler webhooks) {
        return RouterFunctions.route(POST("/members"), h::join)
                .andRoute(GET("/members"), h::lookup)
                .andRoute(POST("/kiosk/swipe"), h::swipe)
                .andRoute(POST("/webhooks/suds"), webhooks::handle)
                .andRoute(GET("/actuator/health"), h::health);
    }
}
