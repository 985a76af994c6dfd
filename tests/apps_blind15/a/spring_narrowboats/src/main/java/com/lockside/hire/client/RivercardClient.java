package com.lockside.hire.client;

import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@FeignClient(name = "rivercard", url = "${lockside.clients.payments.url}")
public interface RivercardClient {

    @PostMapping("/preauths")
    Map<String, Object> preauthorise(@RequestBody Map<String, Object> body);
}
