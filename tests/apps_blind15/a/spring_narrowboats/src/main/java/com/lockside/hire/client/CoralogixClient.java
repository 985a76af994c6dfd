package com.lockside.hire.client;

import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

@FeignClient(name = "coralogix")
public interface CoralogixClient {

    @PostMapping("/logs/v1/singles")
    void send(@RequestHeader("Authorization") String bearer, @RequestBody List<LogEntry> entries);

    record LogEntry(String applicationName, String subsystemName, int severity, String text) {}
}
