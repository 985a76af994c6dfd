package com.sunridge.solar.service;

import com.google.common.flogger.FluentLogger;
import com.sunridge.solar.model.Customer;
import kong.unirest.core.Unirest;

/** Registers the site with the inverter monitoring portal so production data shows up after commissioning. */
public class InverterPortalClient {
    private static final FluentLogger logger = FluentLogger.forEnclosingClass();
    private final String baseUrl;

    public InverterPortalClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public void registerSite(Customer c, long quoteId, String inverterSerial) {
        var resp = Unirest.post(baseUrl + "/sites")
                .field("site_ref", "Q" + quoteId)
                .field("owner", c.fullName())
                .field("owner_email", c.email())
                .field("address", c.installAddress())
                .field("inverter_serial", inverterSerial)
                .asEmpty();
        logger.atInfo().log("inverter portal site Q%d -> %d", quoteId, resp.getStatus());
    }

    public int panelHealth(String inverterSerial) {
        return Unirest.get(baseUrl + "/inverters/{serial}/health").routeParam("serial", inverterSerial).asEmpty().getStatus();
    }
}
