package uk.co.thimbletack.workshop.domain;

import java.math.BigDecimal;
import java.time.Instant;
import lombok.Data;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/** Deposits taken over the phone when the gateway is unreachable; retried by DepositRetryJob. */
@Data
@Document("deposit_captures")
public class DepositCapture {
    @Id
    private String id;
    private String orderId;
    @Field("card_number")
    private String cardNumber;
    @Field("card_cvv")
    private String cvv;
    private String expiry;
    private BigDecimal amount;
    private int attempts;
    private Instant capturedAt = Instant.now();
}
