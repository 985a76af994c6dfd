package com.lockside.hire.client;

import java.util.List;
import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

@FeignClient(name = "campaignMonitor")
public interface CampaignMonitorClient {

    @PostMapping("/subscribers/{listId}.json")
    String addSubscriber(@RequestHeader("Authorization") String basicAuth, @PathVariable String listId,
                         @RequestBody Subscriber subscriber);

    record CustomField(String Key, String Value) {}

    record Subscriber(String EmailAddress, String Name, String MobileNumber, List<CustomField> CustomFields,
                      boolean Resubscribe, String ConsentToTrack) {}
}
