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
