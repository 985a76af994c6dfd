package com.claywheel.studio.client;

import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Devices on the studio LAN (plain HTTP, no TLS on either box). */
public final class StudioLanApis {
    private StudioLanApis() {}

    public interface DoorController {
        record Keyholder(String fobId, String name, String email, String phone, String validUntil) {}

        @POST("keyholders")
        Call<Void> enrol(@Body Keyholder keyholder);

        @DELETE("keyholders/{fob}")
        Call<Void> revoke(@Path("fob") String fobId);
    }

    public interface KilnBridge {
        @POST("kilns/{kiln}/program")
        Call<Void> schedule(@Path("kiln") String kiln, @Body Map<String, Object> program);

        @GET("kilns/{kiln}/status")
        Call<Map<String, Object>> status(@Path("kiln") String kiln);
    }
}
