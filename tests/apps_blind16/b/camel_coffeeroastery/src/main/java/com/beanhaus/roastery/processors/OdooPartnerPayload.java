package com.beanhaus.roastery.processors;

import com.beanhaus.roastery.model.WholesaleCustomer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.util.List;
import java.util.Map;

public class OdooPartnerPayload implements Processor {
    private final String db;

    public OdooPartnerPayload(String db) {
        this.db = db;
    }

    @Override
    public void process(Exchange exchange) {
        WholesaleCustomer c = exchange.getIn().getBody(WholesaleCustomer.class);
        Map<String, Object> partner = new java.util.HashMap<>();
        partner.put("name", c.cafeName());
        partner.put("is_company", true);
        partner.put("email", c.email());
        partner.put("phone", c.phone());
        partner.put("street", c.deliveryAddress());
        partner.put("comment", "Wholesale contact: " + c.contactName());
        Map<String, Object> params = Map.of(
                "service", "object",
                "method", "execute_kw",
                "args", List.of(db, 2, "{{odoo.api-key}}", "res.partner", "create", List.of(partner)));
        exchange.getIn().setBody(Map.of("jsonrpc", "2.0", "method", "call", "params", params, "id", exchange.getExchangeId()));
    }
}
