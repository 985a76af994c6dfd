package com.windwardlofts.sails.client;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

public interface RiggerClient {
    record RiggingJob(long orderId, String yacht, String marina, String ownerName, String ownerPhone, int luffMm) {}

    @PostExchange("/api/jobs")
    void createJob(@RequestBody RiggingJob job);
}
