package com.cellardoor.tours.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.cellardoor.tours.payments.VinPayGateway;

@SpringBootTest
@AutoConfigureMockMvc
class BookingControllerTest {

    @Autowired MockMvc mvc;
    @MockBean VinPayGateway gateway;

    @Test
    void declinedCardReturns402() throws Exception {
        when(gateway.authorise(anyLong(), any())).thenReturn(new VinPayGateway.Authorisation(false, null, null, null, "do_not_honour"));
        mvc.perform(post("/api/bookings").contentType(MediaType.APPLICATION_JSON).content("""
                {"guestId": 1, "tourCode": "RIES-AM", "tourDate": "2026-09-12", "partySize": 2,
                 "card": {"number": "3528547258474342", "cvv": "912", "expiry": "07/28", "holder": "T. Winzer"}}
                """))
           .andExpect(status().isPaymentRequired());
    }
}
