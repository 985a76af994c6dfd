package uk.co.thimbletack.workshop.domain;

import java.time.Instant;
import lombok.Data;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Data
@Document("customers")
public class Customer {
    @Id
    private String id;
    private String fullName;
    @Indexed(unique = true)
    private String email;
    private String phone;
    private String collectionAddress;
    private String postcode;
    private Instant createdAt = Instant.now();
}
