package com.windwardlofts.sails.service;

import com.windwardlofts.sails.client.EmarsysClient;
import com.windwardlofts.sails.domain.Customer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class MarketingService {
    private static final Logger log = LoggerFactory.getLogger(MarketingService.class);
    // Emarsys system field ids: 1 first name, 2 last name, 3 email, 15 phone
    private static final String FIRST_NAME = "1", LAST_NAME = "2", EMAIL = "3", PHONE = "15";

    private final EmarsysClient emarsys;

    public MarketingService(EmarsysClient emarsys) {
        this.emarsys = emarsys;
    }

    public void syncContact(Customer c) {
        String[] names = c.getFullName().split(" ", 2);
        Map<String, Object> contact = new java.util.HashMap<>();
        contact.put(FIRST_NAME, names[0]);
        contact.put(LAST_NAME, names.length > 1 ? names[1] : "");
        contact.put(EMAIL, c.getEmail());
        contact.put(PHONE, c.getPhone());
        emarsys.upsertContacts(1, new EmarsysClient.ContactBatch(EMAIL, List.of(contact)));
        log.info("emarsys contact synced customer={}", c.getId());
    }

    public void sailReadyEvent(Customer c, long orderId) {
        emarsys.triggerEvent("4410", Map.of("key_id", "external_id", "external_id", "cust-" + c.getId(), "data", Map.of("order", orderId)));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.trim().toLowerCase().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
