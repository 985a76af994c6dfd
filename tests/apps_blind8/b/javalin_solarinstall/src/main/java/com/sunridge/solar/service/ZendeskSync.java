package com.sunridge.solar.service;

import com.google.common.flogger.FluentLogger;
import com.sunridge.solar.model.Customer;
import com.sunridge.solar.model.Quote;
import java.util.List;
import org.zendesk.client.v2.Zendesk;
import org.zendesk.client.v2.model.Comment;
import org.zendesk.client.v2.model.Ticket;
import org.zendesk.client.v2.model.User;

/** Opens a support ticket per signed quote so the install coordinators can follow up. */
public class ZendeskSync {
    private static final FluentLogger logger = FluentLogger.forEnclosingClass();
    private final Zendesk zd;

    public ZendeskSync(String url, String user, String token) {
        this.zd = new Zendesk.Builder(url).setUsername(user).setToken(token).build();
    }

    public long upsertRequester(Customer c) {
        User u = new User(true, c.fullName(), c.email());
        u.setPhone(c.phone());
        u.setExternalId("cust-" + c.id());
        u.setNotes("Install address: " + c.installAddress());
        User saved = zd.createOrUpdateUser(u);
        logger.atFine().log("zendesk requester %d for customer %d", saved.getId(), c.id());
        return saved.getId();
    }

    public void openInstallTicket(long requesterId, Quote quote) {
        Ticket t = new Ticket(requesterId, "Install booking for quote " + quote.getId(),
                new Comment(quote.getPanelCount() + " panels, " + quote.getSystemKw() + " kW"));
        t.setTags(List.of("install", "quote-signed"));
        t.setExternalId("quote-" + quote.getId());
        zd.createTicketAsync(t);
    }
}
