package com.lockside.hire.service;

import com.lockside.hire.client.CampaignMonitorClient;
import com.lockside.hire.client.CampaignMonitorClient.CustomField;
import com.lockside.hire.client.CampaignMonitorClient.Subscriber;
import com.lockside.hire.client.PinterestClient;
import com.lockside.hire.domain.Hirer;
import com.lockside.hire.domain.HolidayBooking;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class MarketingService {
    private static final Logger log = LoggerFactory.getLogger(MarketingService.class);

    private final CampaignMonitorClient campaignMonitor;
    private final PinterestClient pinterest;
    private final String listId;
    private final String adAccount;
    private final String cmAuth;
    private final String pinterestToken;

    public MarketingService(CampaignMonitorClient campaignMonitor, PinterestClient pinterest,
                            @Value("${lockside.marketing.campaign-monitor-list-id}") String listId,
                            @Value("${lockside.marketing.pinterest-ad-account}") String adAccount,
                            @Value("${CM_API_KEY:}") String cmApiKey,
                            @Value("${PINTEREST_TOKEN:}") String pinterestToken) {
        this.campaignMonitor = campaignMonitor;
        this.pinterest = pinterest;
        this.listId = listId;
        this.adAccount = adAccount;
        this.cmAuth = "Basic " + Base64.getEncoder().encodeToString((cmApiKey + ":x").getBytes(StandardCharsets.UTF_8));
        this.pinterestToken = "Bearer " + pinterestToken;
    }

    public void subscribe(Hirer hirer) {
        List<CustomField> fields = new ArrayList<>();
        fields.add(new CustomField("HelmExperience", hirer.getHelmExperience()));
        fields.add(new CustomField("Postcode", postcodeOf(hirer.getPostalAddress())));
        Subscriber subscriber = new Subscriber(hirer.getEmail(), hirer.getFullName(), hirer.getPhone(), fields, true, "Yes");
        campaignMonitor.addSubscriber(cmAuth, listId, subscriber);
        log.info("Subscribed hirer {} to newsletter", hirer.getId());
    }

    public void reportCheckout(Hirer hirer, HolidayBooking booking, String clientIp, String userAgent) {
        Map<String, Object> userData = new java.util.HashMap<>();
        userData.put("em", List.of(sha256(hirer.getEmail().trim().toLowerCase())));
        userData.put("ph", List.of(hirer.getPhone()));
        userData.put("client_ip_address", clientIp);
        userData.put("client_user_agent", userAgent);
        Map<String, Object> event = Map.of(
                "event_name", "checkout",
                "action_source", "web",
                "event_time", System.currentTimeMillis() / 1000,
                "event_id", "booking-" + booking.getId(),
                "user_data", userData,
                "custom_data", Map.of("currency", "GBP", "value", String.valueOf(booking.getTotalPence() / 100.0)));
        pinterest.sendEvents(pinterestToken, adAccount, Map.of("data", List.of(event)));
    }

    private static String postcodeOf(String address) {
        String[] lines = address.split("\n");
        return lines[lines.length - 1].trim();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
