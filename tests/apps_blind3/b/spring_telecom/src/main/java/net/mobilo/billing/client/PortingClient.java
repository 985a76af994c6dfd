package net.mobilo.billing.client;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

import java.util.Map;

/** Number portability clearing house: asks the donor operator to release a number. */
@Component
public class PortingClient {

    private static final String STATUS_PATH = "http://numberport.telco-hub.local/api/v1/status/{ref}";

    private final RestTemplate rest;

    public PortingClient(RestTemplate rest) {
        this.rest = rest;
    }

    public String requestPortIn(String msisdn, String donorOperator, String fullName, String nationalId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var body = Map.of("msisdn", msisdn, "donor", donorOperator, "holderName", fullName, "holderId", nationalId);
        return rest.postForObject("http://numberport.telco-hub.local/api/v1/port-in", new HttpEntity<>(body, headers), String.class);
    }

    public String status(String reference) {
        return rest.getForObject(STATUS_PATH, String.class, reference);
    }
}
