package services;

import com.fasterxml.jackson.databind.JsonNode;
import com.typesafe.config.Config;
import dto.BookingRequest.CardData;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.libs.Json;
import play.libs.ws.WSClient;

@Singleton
public class PaymentService {

  private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

  private final WSClient ws;
  private final String baseUrl;
  private final String apiKey;

  @Inject
  public PaymentService(WSClient ws, Config config) {
    this.ws = ws;
    this.baseUrl = config.getString("payments.base-url");
    this.apiKey = config.getString("payments.api-key");
  }

  public record TokenResult(String token, String brand, String last4, String bin) {}

  public CompletionStage<TokenResult> tokenize(CardData card, String reservationCode) {
    var body = Json.newObject();
    body.putObject("card")
        .put("number", card.cardNo)
        .put("expiry", card.expiry)
        .put("cvc", card.cvc2)
        .put("holder", card.holder);
    body.put("reference", reservationCode);
    return ws.url(baseUrl + "/tokens")
        .addHeader("Authorization", "Bearer " + apiKey)
        .post(body)
        .thenApply(resp -> {
          JsonNode json = resp.asJson();
          if (resp.getStatus() >= 400) {
            log.warn("tokenize failed reservation={} status={} code={}", reservationCode, resp.getStatus(), json.path("code").asText());
            throw new PaymentException(json.path("code").asText("declined"));
          }
          log.info("card tokenized reservation={} brand={} last4={}", reservationCode, json.get("brand").asText(), json.get("last4").asText());
          return new TokenResult(json.get("token").asText(), json.get("brand").asText(), json.get("last4").asText(), json.get("bin").asText());
        });
  }

  public CompletionStage<String> preauthorize(String token, long amountCents, String reservationCode) {
    var body = Json.toJson(Map.of("token", token, "amount", amountCents, "currency", "EUR", "reference", reservationCode));
    return ws.url(baseUrl + "/preauthorizations")
        .addHeader("Authorization", "Bearer " + apiKey)
        .post(body)
        .thenApply(resp -> {
          String id = resp.asJson().path("id").asText();
          log.info("preauth reservation={} id={} status={}", reservationCode, id, resp.getStatus());
          return id;
        });
  }

  public static class PaymentException extends RuntimeException {
    public final String code;

    public PaymentException(String code) {
      super("payment failed: " + code);
      this.code = code;
    }
  }
}
