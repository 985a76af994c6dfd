package com.torqueline.garage.client;

import com.torqueline.garage.domain.Booking;
import com.torqueline.garage.domain.Customer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Garage management system in the branches' server room (job cards, bay planning). */
@Component
public class GmsClient {
    private final RestClient gms;

    public GmsClient(RestClient gmsRestClient) {
        this.gms = gmsRestClient;
    }

    public String openJobCard(Booking booking) {
        Customer customer = booking.getVehicle().getCustomer();
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("branch", booking.getBranchCode());
        job.put("registration", booking.getVehicle().getRegistration());
        job.put("work", booking.getServiceType());
        job.put("customerName", customer.fullName());
        job.put("customerPhone", customer.getPhone());
        return gms.post().uri("/jobcards").contentType(MediaType.APPLICATION_JSON).body(job)
                .retrieve().body(String.class);
    }

    public int bayUtilisation(String branch) {
        Integer pct = gms.get().uri("/branches/{b}/utilisation", branch).retrieve().body(Integer.class);
        return pct == null ? 0 : pct;
    }
}
