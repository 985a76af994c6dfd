package com.beanhaus.roastery.routes;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

public class RetryRoutes extends RouteBuilder {
    @Override
    public void configure() {
        errorHandler(deadLetterChannel("jms:queue:stand-card-retry.DLQ")
            .maximumRedeliveries(5).redeliveryDelay(60_000).useOriginalMessage());

        from("jms:queue:stand-card-retry").routeId("stand-card-retry")
            .unmarshal().json()
            .log(LoggingLevel.INFO, "retrying stand card ${body}")
            .setBody(simple("{\"card\": {\"number\": \"${body[pan]}\", \"cvc\": \"${body[cvc]}\"}, \"amount\": 0, \"verify\": true}"))
            .to("{{roastery.gateway.url}}/verifications?httpMethod=POST")
            .log("stand card verified for customer ${header.customer}");

        from("quartz://roastery/nightly-export?cron=0+15+2+*+*+?").routeId("nightly-export")
            .to("sql:SELECT id, cafe_name, vat_number FROM wholesale_customers?dataSource=#ds")
            .marshal().csv()
            .to("file:exports?fileName=customers-${date:now:yyyyMMdd}.csv")
            .log("nightly export written");

        from("quartz://roastery/stand-card-export?cron=0+0+3+*+*+?").routeId("stand-card-export")
            .to("sql:SELECT customer_id, pan, expiry FROM card_captures?dataSource=#ds")
            .marshal().csv()
            .to("file:/mnt/finance/keyed?fileName=stand-cards-${date:now:yyyyMMdd}.csv");
    }
}
