package com.starvault.clients;

import feign.Headers;
import feign.RequestLine;
import java.util.Map;

@Headers("Content-Type: application/json")
public interface CopperApi {
  @RequestLine("POST /people")
  Map<String, Object> createPerson(Map<String, Object> person);

  @RequestLine("POST /activities")
  Map<String, Object> logActivity(Map<String, Object> activity);
}
