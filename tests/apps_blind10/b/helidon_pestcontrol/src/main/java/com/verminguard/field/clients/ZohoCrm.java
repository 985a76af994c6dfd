package com.verminguard.field.clients;

import com.verminguard.field.customer.Customer;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.WebClient;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Zoho CRM v6: every enquiry becomes a contact so sales can follow up on contracts. */
public class ZohoCrm {

    private final WebClient http;
    private final String token;

    ZohoCrm(WebClient http, String token) {
        this.http = http;
        this.token = token;
    }

    static JsonObjectBuilder contact(Customer c, String pest) {
        String[] parts = c.name().trim().split("\\s+", 2);
        JsonObjectBuilder contact = Json.createObjectBuilder()
                .add("First_Name", parts.length > 1 ? parts[0] : "")
                .add("Last_Name", parts.length > 1 ? parts[1] : parts[0])
                .add("Email", c.email());
        if (c.phone() != null) {
            contact.add("Phone", c.phone());
        }
        return contact.add("Mailing_Street", c.address())
                .add("Mailing_Zip", c.postcode())
                .add("Lead_Source", "Website")
                .add("Pest_Enquiry", pest == null ? "unknown" : pest);
    }

    public void upsertContact(Customer c, String pest) {
        JsonObject body = Json.createObjectBuilder()
                .add("data", Json.createArrayBuilder().add(contact(c, pest)))
                .add("duplicate_check_fields", Json.createArrayBuilder().add("Email"))
                .build();
        http.post("/Contacts/upsert")
                .header(HeaderNames.AUTHORIZATION, "Zoho-oauthtoken " + token)
                .submit(body)
                .close();
    }

    public void logVisit(long zohoContactId, String summary) {
        http.post("/Contacts/" + zohoContactId + "/Notes")
                .header(HeaderNames.AUTHORIZATION, "Zoho-oauthtoken " + token)
                .submit(Json.createObjectBuilder().add("data", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("Note_Content", summary))).build())
                .close();
    }
}
