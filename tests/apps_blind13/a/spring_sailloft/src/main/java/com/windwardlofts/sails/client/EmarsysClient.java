package com.windwardlofts.sails.client;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

public interface EmarsysClient {
    record ContactBatch(String key_id, List<Map<String, Object>> contacts) {}

    @PutExchange("/contact/")
    Map<String, Object> upsertContacts(@RequestParam("create_if_not_exists") int create, @RequestBody ContactBatch batch);

    @PostExchange("/event/{eventId}/trigger")
    Map<String, Object> triggerEvent(@org.springframework.web.bind.annotation.PathVariable String eventId, @RequestBody Map<String, Object> body);
}
