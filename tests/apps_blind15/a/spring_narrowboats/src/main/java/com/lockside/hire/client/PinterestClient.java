package com.lockside.hire.client;

import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

@FeignClient(name = "pinterest")
public interface PinterestClient {

    @PostMapping("/ad_accounts/{adAccountId}/events")
    Map<String, Object> sendEvents(@RequestHeader("Authorization") String bearer, @PathVariable String adAccountId,
                                   @RequestBody Map<String, Object> body);
}
