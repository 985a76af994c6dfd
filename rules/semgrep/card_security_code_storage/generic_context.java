@Entity
public class StoredCard {
    // ruleid: card-security-code-generic-context-java
    private String securityCode;
    // ok: card-security-code-generic-context-java
    private String cardholderName;
}

@Entity
public class Customer {
    // ok: card-security-code-generic-context-java
    private String cid;
}

@Entity
public class GiftCard {
    // ok: card-security-code-generic-context-java
    private String securityCode;
}
