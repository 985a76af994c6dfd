package io.fleetly.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.fleetly.client.FuelNetClient;
import io.fleetly.domain.FuelCard;
import io.fleetly.domain.TravelCard;
import io.fleetly.dto.DriverOnboardingRequest.TravelCardInput;
import io.fleetly.repository.FuelCardRepository;
import io.micronaut.http.client.HttpClient;
import org.junit.jupiter.api.Test;

import java.util.List;

class FuelCardServiceTest {

    private final FuelCardRepository repo = mock(FuelCardRepository.class);
    private final FuelCardRepository.TravelCards travel = mock(FuelCardRepository.TravelCards.class);
    private final FuelNetClient fuelNet = mock(FuelNetClient.class);
    private final FuelCardService service = new FuelCardService(repo, travel, fuelNet, mock(HttpClient.class),
            mock(AnalyticsPublisher.class));

    @Test
    void issueKeepsLastFour() {
        when(fuelNet.issue(any())).thenReturn(
                new FuelNetClient.IssuedCard("FN-1", "5105105105105100", "5100", "2027-01"));
        when(repo.save(any())).thenAnswer(inv -> inv.getArgument(0));
        FuelCard card = service.issue(3L, 9L, "KX-221-B", 25000);
        assertEquals("5100", card.getLastFour());
    }

    @Test
    void travelCardStripsSpaces() {
        when(travel.findByDriverId(9L)).thenReturn(List.of(
                new TravelCard(1L, 9L, "4000056655665556", "123", "A Driver", "01/29")));
        service.registerTravelCard(9L, new TravelCardInput("4000 0566 5566 5556", "123", "01/29", "A Driver"));
        verify(travel).insertCard(9L, "4000056655665556", "123", "A Driver", "01/29");
    }
}
