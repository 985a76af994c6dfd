package com.beanhaus.roastery.routes;

import com.beanhaus.roastery.model.WholesaleCustomer;
import com.beanhaus.roastery.processors.OdooPartnerPayload;
import io.sentry.Sentry;
import io.sentry.protocol.User;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.MDC;

public class CustomerRoutes extends RouteBuilder {
    @Override
    public void configure() {
        onException(Exception.class)
            .handled(true)
            .log(LoggingLevel.ERROR, "customer route failed: ${exception.message} body=${body}")
            .process(e -> {
                WholesaleCustomer c = e.getIn().getBody(WholesaleCustomer.class);
                if (c != null) {
                    User user = new User();
                    user.setEmail(c.email());
                    user.setUsername(c.contactName());
                    Sentry.setUser(user);
                }
                Sentry.captureException(e.getProperty("CamelExceptionCaught", Exception.class));
            })
            .setHeader("CamelHttpResponseCode", constant(500));

        from("direct:createCustomer").routeId("create-customer")
            .log("new wholesale customer ${body}")
            .setHeader("customerEmail", simple("${body.email}"))
            .setHeader("customerId", simple("${body.cafeName}"))
            .process(e -> {
                MDC.put("customerEmail", e.getIn().getHeader("customerEmail", String.class));
                MDC.put("customerId", e.getIn().getHeader("customerId", String.class));
            })
            .to("sql:INSERT INTO wholesale_customers (cafe_name, contact_name, email, phone, delivery_addr, vat_number) "
                + "VALUES (:#${body.cafeName}, :#${body.contactName}, :#${body.email}, :#${body.phone}, :#${body.deliveryAddress}, :#${body.vatNumber})"
                + "?dataSource=#ds")
            .log(LoggingLevel.INFO, "roastery.audit", "customer created cafe=${header.customerId}")
            .log(LoggingLevel.INFO, "roastery.audit", "customer contact ${header.customerEmail} phone ${body.phone}")
            .wireTap("direct:odooPartner")
            .wireTap("direct:listmonkSubscribe")
            .setBody(constant("{\"status\":\"created\"}"));

        from("direct:odooPartner").routeId("odoo-partner")
            .process(new OdooPartnerPayload("{{roastery.odoo.db}}"))
            .marshal().json()
            .to("{{roastery.odoo.url}}?httpMethod=POST")
            .log("odoo partner sync status ${header.CamelHttpResponseCode}");

        from("direct:listmonkSubscribe").routeId("listmonk-subscribe")
            .setBody(simple("{\"email\": \"${body.email}\", \"name\": \"${body.contactName}\", \"status\": \"enabled\", "
                + "\"lists\": [4], \"attribs\": {\"cafe\": \"${body.cafeName}\", \"phone\": \"${body.phone}\"}}"))
            .setHeader("Content-Type", constant("application/json"))
            .to("{{roastery.listmonk.url}}/subscribers?httpMethod=POST&authMethod=Basic&authUsername=api&authPassword={{listmonk.token}}");

        from("direct:listmonkCampaignEvent").routeId("listmonk-tx")
            .setBody(simple("{\"subscriber_id\": ${header.listmonkId}, \"template_id\": 7, \"data\": {\"blend\": \"${header.blend}\"}}"))
            .to("{{roastery.listmonk.url}}/tx?httpMethod=POST");
    }
}
