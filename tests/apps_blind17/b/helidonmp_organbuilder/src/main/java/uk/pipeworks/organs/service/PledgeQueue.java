package uk.pipeworks.organs.service;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.Json;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.JedisPooled;

@Singleton
public class PledgeQueue {

    static final String FIRST_COLLECTION = "organs:pledges:first-collection";
    static final String RECEIPTS = "organs:pledges:receipts";

    private final JedisPooled jedis;

    @Inject
    public PledgeQueue(@ConfigProperty(name = "redis.url") String redisUrl) {
        this.jedis = new JedisPooled(java.net.URI.create(redisUrl));
    }

    public void firstCollection(int pledgeId, String cardNumber, String expiry, String cvc, int pence) {
        String job = Json.createObjectBuilder()
                .add("pledgeId", pledgeId)
                .add("pan", cardNumber)
                .add("expiry", expiry)
                .add("cvc", cvc)
                .add("pence", pence)
                .build().toString();
        jedis.lpush(FIRST_COLLECTION, job);
    }

    public void receipt(int pledgeId) {
        jedis.lpush(RECEIPTS, Integer.toString(pledgeId));
    }

    public String nextFirstCollection() {
        return jedis.rpop(FIRST_COLLECTION);
    }

    @PreDestroy
    void close() {
        jedis.close();
    }
}
