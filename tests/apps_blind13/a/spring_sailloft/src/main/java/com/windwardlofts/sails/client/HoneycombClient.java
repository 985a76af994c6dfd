package com.windwardlofts.sails.client;

import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

public interface HoneycombClient {
    @PostExchange("/events/{dataset}")
    void send(@PathVariable String dataset, @RequestBody Map<String, Object> event);
}
