package io.fleetly.client;

import io.fleetly.dto.IssueFuelCardCommand;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

@Client(id = "fuelnet")
@Header(name = "X-Api-Version", value = "2024-01")
public interface FuelNetClient {

    @Serdeable
    record IssuedCard(String cardRef, String cardNumber, String lastFour, String expiresOn) {
    }

    @Post("/cards")
    IssuedCard issue(@Body IssueFuelCardCommand command);

    @Post("/cards/{cardRef}/block")
    void block(String cardRef);
}
