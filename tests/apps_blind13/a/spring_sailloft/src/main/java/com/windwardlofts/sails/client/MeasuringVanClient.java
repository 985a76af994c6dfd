package com.windwardlofts.sails.client;

import java.util.Map;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

public interface MeasuringVanClient {
    @PostExchange("/visits")
    void scheduleVisit(@RequestBody Map<String, Object> visit);
}
