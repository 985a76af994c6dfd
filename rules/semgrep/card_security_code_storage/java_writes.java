class PendingAuths {
    void park(long orderId, ChargeForm form, Path spool, RedisTemplate<String, String> redisTemplate, MemcachedClient memcache) throws Exception {
        // ruleid: card-security-code-cache-write-java
        redisTemplate.opsForHash().put("auth:" + orderId, "cvv", form.getCvv());
        // ruleid: card-security-code-cache-write-java
        memcache.set("auth:" + orderId, 600, form.cvc());
        // ok: card-security-code-cache-write-java
        memcache.set("auth:" + orderId, 600, form.getCvvResult() == null ? "" : "checked");
        // ruleid: card-security-code-file-write-java
        Files.write(spool.resolve(orderId + ".auth"), form.getCvv().getBytes(StandardCharsets.UTF_8));
        // ok: card-security-code-file-write-java
        Files.write(spool.resolve(orderId + ".auth"), String.valueOf(orderId).getBytes(StandardCharsets.UTF_8));
    }
}

class RetryProducer {
    private final KafkaTemplate<String, Object> kafka;

    void scheduleRetry(long contractId, BigDecimal amount, CardDetails card, JmsTemplate jmsTemplate) {
        // ruleid: card-security-code-cache-write-java
        kafka.send("payments.retry", String.valueOf(contractId), new PaymentRetry(contractId, amount, card.number(), card.cvv()));
        // ok: card-security-code-cache-write-java
        kafka.send("payments.events", String.valueOf(contractId), new ChargeEvent(contractId, card.last4()));
        // ruleid: card-security-code-cache-write-java
        jmsTemplate.convertAndSend("payments.retry", Map.of("cvc", card.getCvc()));
        // ok: card-security-code-cache-write-java
        socket.send("payments.retry", card.getCvc());
    }
}
