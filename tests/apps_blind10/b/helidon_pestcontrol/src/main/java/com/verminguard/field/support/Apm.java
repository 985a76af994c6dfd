package com.verminguard.field.support;

import com.newrelic.api.agent.NewRelic;
import com.verminguard.field.customer.Customer;

/** New Relic transaction attributes; the agent ships them with every trace and error. */
public final class Apm {

    private Apm() {
    }

    public static void customer(Customer customer) {
        NewRelic.setUserId(String.valueOf(customer.id()));
        NewRelic.addCustomParameter("customer_email", customer.email());
        NewRelic.addCustomParameter("customer_postcode", customer.postcode());
    }

    public static void site(long customerId, String siteType) {
        NewRelic.addCustomParameter("customer_id", customerId);
        NewRelic.addCustomParameter("site_type", siteType);
    }

    public static void error(Throwable t, long visitId) {
        NewRelic.noticeError(t, java.util.Map.of("visit_id", visitId));
    }
}
