package com.torqueline.garage.client;

import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class SalesforceClient {
    private static final String API = "/services/data/v60.0/sobjects";
    private final RestTemplate rest;
    private final String instanceUrl;
    private final SalesforceTokenProvider tokens;

    public SalesforceClient(@Qualifier("default") RestTemplate rest,
                            @Value("${torqueline.salesforce.instance-url}") String instanceUrl,
                            SalesforceTokenProvider tokens) {
        this.rest = rest;
        this.instanceUrl = instanceUrl;
        this.tokens = tokens;
    }

    public String createObject(String sobject, Map<String, Object> fields) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(tokens.accessToken());
        Map<?, ?> created = rest.postForObject(instanceUrl + API + "/" + sobject, new HttpEntity<>(fields, headers), Map.class);
        return created == null ? null : String.valueOf(created.get("id"));
    }
}
