package com.torqueline.garage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.torqueline.garage.client.CardGatewayClient;
import com.torqueline.garage.client.CardGatewayClient.AuthResult;
import com.torqueline.garage.domain.Booking;
import com.torqueline.garage.domain.CourtesyCarHold;
import com.torqueline.garage.domain.Repositories.BookingRepository;
import com.torqueline.garage.domain.Repositories.CourtesyCarHoldRepository;
import com.torqueline.garage.web.Dtos.HoldRequest;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

class CourtesyCarServiceTest {
    private final CourtesyCarHoldRepository holds = mock(CourtesyCarHoldRepository.class);
    private final BookingRepository bookings = mock(BookingRepository.class);
    private final CardGatewayClient gateway = mock(CardGatewayClient.class);
    private final StringRedisTemplate redis = mock(StringRedisTemplate.class, RETURNS_DEEP_STUBS);
    private final CourtesyCarService service =
            new CourtesyCarService(holds, bookings, gateway, redis, new ObjectMapper());

    @Test
    void authorisedHoldDropsTheCvv() {
        when(bookings.getReferenceById(7L)).thenReturn(new Booking());
        when(gateway.preAuthorise(any(), any(), any(), anyInt(), any())).thenReturn(new AuthResult("auth_1", "approved", null));
        HoldRequest request = new HoldRequest(7L, "CT21LOA", "A DRIVER", "5555555555554444", "12/28", "123");

        CourtesyCarHold hold = service.placeHold(request);

        assertThat(hold.getCvv()).isNull();
        assertThat(hold.getCardLast4()).isEqualTo("4444");
        assertThat(hold.getGatewayAuthId()).isEqualTo("auth_1");
    }

    @Test
    void holdRequestToStringIsMasked() {
        HoldRequest request = new HoldRequest(7L, "CT21LOA", "A DRIVER", "5555555555554441", "12/28", "123");
        assertThat(request.toString()).doesNotContain("555555555555").endsWith("card=****4441]");
    }
}
