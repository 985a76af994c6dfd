package uk.co.thimbletack.workshop.domain;

import lombok.Getter;
import lombok.Setter;
import lombok.ToString;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Getter
@Setter
@ToString
@Document("cards_on_file")
public class CardOnFile {
    @Id
    private String id;
    private String customerId;
    private String gatewayToken;
    private String brand;
    private String last4;
    private int expMonth;
    private int expYear;
}
