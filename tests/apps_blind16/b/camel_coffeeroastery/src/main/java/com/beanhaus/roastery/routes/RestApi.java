package com.beanhaus.roastery.routes;

import com.beanhaus.roastery.model.CardEntry;
import com.beanhaus.roastery.model.StandingOrder;
import com.beanhaus.roastery.model.WholesaleCustomer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;

public class RestApi extends RouteBuilder {
    @Override
    public void configure() {
        restConfiguration().component("platform-http").bindingMode(RestBindingMode.json);

        rest("/api")
            .post("/customers").type(WholesaleCustomer.class).to("direct:createCustomer")
            .post("/standing-orders").type(StandingOrder.class).to("direct:createStandingOrder")
            .post("/customers/{id}/stand-card").type(CardEntry.class).to("direct:captureStandCard")
            .post("/webhooks/crema").to("direct:cremaWebhook");
    }
}
