package com.lockside.hire.client;

import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@FeignClient(name = "lockkeeper", configuration = LockKeeperFeignConfig.class)
public interface LockKeeperClient {

    @PostMapping("/handovers")
    void createHandover(@RequestBody Map<String, Object> handover);
}
