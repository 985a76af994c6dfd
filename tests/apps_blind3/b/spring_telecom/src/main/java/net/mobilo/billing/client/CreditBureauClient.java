package net.mobilo.billing.client;

import net.mobilo.billing.model.Subscriber;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

import java.util.Map;

@Component
public class CreditBureauClient {

    private final RestTemplate bureau;
    private final String url;

    public CreditBureauClient(@Qualifier("bureauRestTemplate") RestTemplate bureau,
                              @Value("${mobilo.bureau.url}") String url) {
        this.bureau = bureau;
        this.url = url;
    }

    public record Assessment(String decision, int score) {
    }

    public Assessment assess(Subscriber s) {
        Map<String, Object> applicant = Map.of(
                "name", s.getFullName(),
                "dob", s.getDateOfBirth().toString(),
                "nationalId", s.getNationalId(),
                "msisdn", s.getMsisdn());
        ResponseEntity<Assessment> response = bureau.postForEntity(url, applicant, Assessment.class);
        return response.getBody();
    }
}
