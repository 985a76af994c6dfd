package io.fleetly.client;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

@Client(id = "telematics")
public interface TelematicsClient {

    @Serdeable
    record DriverAssignment(String vin, String employeeNo, String driverName, String driverMobile) {
    }

    @Serdeable
    record Position(String vin, double lat, double lon, int speedKmh) {
    }

    @Post("/api/assignments")
    void assign(@Body DriverAssignment assignment);

    @Get("/api/positions/{vin}")
    Position position(@PathVariable String vin);
}
