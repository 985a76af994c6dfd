package uk.co.thimbletack.workshop.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import uk.co.thimbletack.workshop.domain.Customer;

@Service
public class FreshchatService {
    private static final Logger log = LoggerFactory.getLogger(FreshchatService.class);
    private final RestClient freshchat;

    public FreshchatService(@Qualifier("freshchatClient") RestClient freshchat) {
        this.freshchat = freshchat;
    }

    @Async
    public void createUser(Customer customer) {
        Map<String, Object> user = new HashMap<>();
        user.put("reference_id", customer.getId());
        user.put("first_name", customer.getFullName());
        user.put("email", customer.getEmail());
        user.put("phone", customer.getPhone());
        user.put("properties", List.of(Map.of("name", "postcode", "value", customer.getPostcode())));
        freshchat.post().uri("/users").body(user).retrieve().toBodilessEntity();
        log.info("freshchat user created for customer {}", customer.getId());
    }

    @Async
    public void tagOrderStatus(String freshchatUserId, String status) {
        freshchat.put().uri("/users/{id}", freshchatUserId)
                .body(Map.of("properties", List.of(Map.of("name", "order_status", "value", status))))
                .retrieve().toBodilessEntity();
    }
}
