package com.windwardlofts.sails.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(OrderController.class)
class OrderControllerTest {
    @Autowired MockMvc mvc;

    @Test
    void rejectsMalformedCardNumber() throws Exception {
        mvc.perform(post("/api/orders/7/repair-card")
                        .header("X-Staff", "office")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"holderName\":\"A Skipper\",\"cardNumber\":\"12ab\",\"cvc\":\"1\",\"expiry\":\"01/30\"}"))
                .andExpect(status().isBadRequest());
    }
}
