package com.starvault.clients;

import feign.Headers;
import feign.RequestLine;
import java.util.Map;

@Headers("Content-Type: application/json")
public interface SplunkHec {
  @RequestLine("POST /services/collector/event")
  void send(Map<String, Object> event);
}
