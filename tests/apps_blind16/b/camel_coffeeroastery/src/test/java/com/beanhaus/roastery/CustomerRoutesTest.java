package com.beanhaus.roastery;

import com.beanhaus.roastery.model.WholesaleCustomer;
import com.beanhaus.roastery.routes.CustomerRoutes;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

class CustomerRoutesTest extends CamelTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new CustomerRoutes();
    }

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Test
    void createsCustomerAndSyncsCrm() throws Exception {
        AdviceWith.adviceWith(context, "create-customer", a -> {
            a.weaveByToUri("sql:*").replace().to("mock:sql");
            a.weaveByToUri("direct:odooPartner").replace().to("mock:odoo");
            a.weaveByToUri("direct:listmonkSubscribe").replace().to("mock:listmonk");
        });
        context.start();

        MockEndpoint sql = getMockEndpoint("mock:sql");
        sql.expectedMessageCount(1);

        template.sendBody("direct:createCustomer", new WholesaleCustomer(
                null, "Kestrel Coffee Bar", "Tomasz Wilk", "hello@kestrel.example", "+44 113 496 0102",
                "9 Mill Lane, Leeds", null, null));

        sql.assertIsSatisfied();
    }
}
