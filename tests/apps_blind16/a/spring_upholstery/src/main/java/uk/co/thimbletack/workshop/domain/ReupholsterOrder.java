package uk.co.thimbletack.workshop.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Data;
import lombok.ToString;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Data
@ToString(onlyExplicitlyIncluded = true)
@Document("orders")
public class ReupholsterOrder {
    @Id
    @ToString.Include
    private String id;
    @ToString.Include
    private String customerId;
    @ToString.Include
    private String pieceType;
    private String fabricCode;
    private String deliveryAddress;
    private String deliveryContactPhone;
    private BigDecimal quote;
    @ToString.Include
    private String status = "QUOTED";
    private LocalDate collectionDate;
    private String depositPaymentRef;
}
