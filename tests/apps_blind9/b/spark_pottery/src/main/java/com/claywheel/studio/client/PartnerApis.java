package com.claywheel.studio.client;

import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

public final class PartnerApis {
    private PartnerApis() {}

    /** Close CRM: corporate team-building enquiries become leads for the studio manager. */
    public interface CloseCrm {
        record Email(String email, String type) {}

        record Phone(String phone, String type) {}

        record Contact(String name, List<Email> emails, List<Phone> phones) {}

        record Lead(String name, String description, List<Contact> contacts, Map<String, Object> custom) {}

        @POST("lead/")
        Call<Map<String, Object>> createLead(@Body Lead lead);

        @POST("activity/note/")
        Call<Map<String, Object>> note(@Body Map<String, Object> note);
    }

    /** Southvale council arts-grant portal: concession places on courses are reimbursed per resident. */
    public interface GrantPortal {
        record ConcessionClaim(String courseRef, String residentName, String dateOfBirth, String postcode,
                               String nationalInsuranceNumber, int fullPricePence) {}

        @POST("concessions")
        Call<Map<String, Object>> claim(@Body ConcessionClaim claim);
    }
}
