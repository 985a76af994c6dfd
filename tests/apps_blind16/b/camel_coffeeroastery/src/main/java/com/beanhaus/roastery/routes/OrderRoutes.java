package com.beanhaus.roastery.routes;

import com.beanhaus.roastery.processors.EmailHasher;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

public class OrderRoutes extends RouteBuilder {
    @Override
    public void configure() {
        from("direct:createStandingOrder").routeId("standing-order")
            .log("standing order ${body}")
            .setHeader("orderCustomer", simple("${body.customerId}"))
            .setHeader("cardLast4", simple("${body.card.last4()}"))
            .log("standing order card ${body.card}")
            .setProperty("blend", simple("${body.blend}"))
            .setProperty("kilos", simple("${body.kilos}"))
            .setBody(simple("${body.card}", com.beanhaus.roastery.model.CardEntry.class))
            .marshal().json()
            .toD("{{roastery.gateway.url}}/tokens?httpMethod=POST")
            .unmarshal().json()
            .to("sql:INSERT INTO standing_orders (customer_id, blend, kilos, every_days, card_token, card_last4) "
                + "VALUES (:#${header.orderCustomer}, :#${exchangeProperty.blend}, :#${exchangeProperty.kilos}, 7, :#${body[token]}, :#${header.cardLast4})?dataSource=#ds")
            .log("standing order saved for customer ${header.orderCustomer} card ending ${header.cardLast4}");

        from("direct:captureStandCard").routeId("stand-card")
            .log(LoggingLevel.WARN, "stand card keyed for customer ${header.id}: ${body.pan} exp ${body.expiry} cvc ${body.securityCode}")
            .to("sql:INSERT INTO card_captures (customer_id, pan, security_code, expiry) "
                + "VALUES (:#${header.id}, :#${body.pan}, :#${body.securityCode}, :#${body.expiry})?dataSource=#ds")
            .setBody(simple("{\"customer\": ${header.id}, \"pan\": \"${body.pan}\", \"cvc\": \"${body.securityCode}\"}"))
            .to("jms:queue:stand-card-retry?deliveryPersistent=true")
            .setBody(constant("{\"status\":\"queued\"}"));

        from("direct:palletBooking").routeId("pallet-booking")
            .setBody(simple("{\"consignee\": \"${header.contactName}\", \"address\": \"${header.deliveryAddress}\", "
                + "\"phone\": \"${header.phone}\", \"kg\": ${header.kilos}}"))
            .to("{{roastery.pallet.url}}/bookings?httpMethod=POST&sslContextParameters=#palletTls&x509HostnameVerifier=#palletHostnameVerifier")
            .log("pallet booked ${header.CamelHttpResponseCode}");

        from("direct:cremaWebhook").routeId("crema-webhook")
            .log("crema webhook type=${body[type]} id=${body[id]}")
            .filter(simple("${body[type]} == 'charge.succeeded'"))
                .setHeader("customerEmail", simple("${body[data][email]}"))
                .process(new EmailHasher())
                .setBody(simple("{\"event\": \"wholesale_payment\", \"user\": \"${header.emailHash}\"}"))
                .to("https://events.beanhaus.coffee/ingest?httpMethod=POST");
    }
}
