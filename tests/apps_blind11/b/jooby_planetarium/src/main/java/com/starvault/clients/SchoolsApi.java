package com.starvault.clients;

import feign.Headers;
import feign.RequestLine;
import java.util.Map;

@Headers("Content-Type: application/json")
public interface SchoolsApi {
  @RequestLine("POST /group-visits")
  Map<String, Object> registerGroupVisit(Map<String, Object> visit);

  @RequestLine("GET /calendar")
  Map<String, Object> calendar();
}
