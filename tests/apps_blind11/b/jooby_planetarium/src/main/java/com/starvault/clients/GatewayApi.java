package com.starvault.clients;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.Map;

@Headers("Content-Type: application/json")
public interface GatewayApi {
  @RequestLine("POST /v1/vault")
  Map<String, Object> vault(Map<String, Object> card);

  @RequestLine("POST /v1/payments")
  Map<String, Object> pay(Map<String, Object> payment);

  @RequestLine("POST /v1/payments/{id}/capture")
  Map<String, Object> capture(@Param("id") String paymentId);
}
