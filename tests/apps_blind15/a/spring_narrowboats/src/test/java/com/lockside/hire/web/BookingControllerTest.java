package com.lockside.hire.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(BookingController.class)
class BookingControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void rejectsShortCardNumber() throws Exception {
        mvc.perform(post("/api/bookings/7/deposit-card")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"holderName\":\"T Tester\",\"pan\":\"4000\",\"expiry\":\"09/27\",\"cvc\":\"12\"}"))
                .andExpect(status().isBadRequest());
    }
}
