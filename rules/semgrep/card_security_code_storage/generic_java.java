@Table("holds")
public class Hold {
    // ruleid: card-security-code-generic-java-persistent-field
    private String cvc2;
    // ok: card-security-code-generic-java-persistent-field
    @Transient
    private String cvv;
}

public class HoldRequest {
    // ok: card-security-code-generic-java-persistent-field
    private String cvv;
}
