package io.linguaverse.school.service;

import io.linguaverse.school.model.CardDetails;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.logging.Logger;
import io.vertx.core.logging.LoggerFactory;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

public class AcquirerClient {
  private static final Logger log = LoggerFactory.getLogger(AcquirerClient.class);

  private final WebClient client;
  private final String path;

  public AcquirerClient(Vertx vertx, JsonObject config) {
    WebClientOptions options = new WebClientOptions()
        .setDefaultHost(config.getString("host"))
        .setDefaultPort(config.getInteger("port", 443))
        .setSsl(true)
        // The acquirer's sandbox and production share a certificate issued to another host name.
        .setVerifyHost(false)
        .setTrustAll(true)
        .setConnectTimeout(5000);
    this.client = WebClient.create(vertx, options);
    this.path = config.getString("path");
  }

  public Future<JsonObject> sale(CardDetails card, int amountCents, String orderRef) {
    JsonObject body = new JsonObject()
        .put("action", "SALE")
        .put("amount", amountCents)
        .put("currencyCode", 978)
        .put("orderRef", orderRef)
        .put("cardNumber", card.number())
        .put("cardCVV", card.securityCode())
        .put("cardExpiryMonth", card.expMonth())
        .put("cardExpiryYear", card.expYear());
    log.debug("acquirer sale request " + body.encode());
    return client.post(path).sendJsonObject(body).map(resp -> {
      JsonObject result = resp.bodyAsJsonObject();
      log.info("acquirer sale " + orderRef + " -> " + result.getString("responseCode") + " xref=" + result.getString("xref"));
      return result;
    });
  }

  public Future<JsonObject> tokenise(String pan, int expMonth, int expYear) {
    JsonObject body = new JsonObject().put("action", "VERIFY").put("cardNumber", pan)
        .put("cardExpiryMonth", expMonth).put("cardExpiryYear", expYear).put("type", 9);
    return client.post(path).sendJsonObject(body).map(resp -> resp.bodyAsJsonObject());
  }
}
