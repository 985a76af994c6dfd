package com.claywheel.studio.client;

import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** TillFlow payments API. */
public interface GatewayApi {
    record CardSource(String number, int expMonth, int expYear, String cvc, String name) {}

    record ChargeRequest(int amount, String currency, String reference, CardSource card, boolean storeCard) {}

    record ChargeResult(String id, String status, String token, String brand, String last4, String declineCode) {}

    @POST("charges")
    Call<ChargeResult> charge(@Body ChargeRequest request);

    @POST("charges/{id}/refund")
    Call<Map<String, Object>> refund(@Path("id") String chargeId);
}
