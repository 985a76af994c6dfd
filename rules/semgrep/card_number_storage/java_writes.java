import java.nio.file.Files;

class PendingCharges {
    private final StringRedisTemplate redis;
    private final Jedis jedis;
    private final Cache<String, String> holdCache;

    void park(long orderId, ChargeForm form, Path spool) throws Exception {
        String cardNumber = form.getCardNumber();
        // ruleid: card-number-cache-write-java
        redis.opsForValue().set("pending:" + orderId, cardNumber, Duration.ofMinutes(15));
        // ruleid: card-number-cache-write-java
        jedis.setex("pending:" + orderId, 900, form.getCardNumber());
        // ok: card-number-cache-write-java
        jedis.setex("pending:" + orderId, 900, form.getCardToken());
        // ok: card-number-cache-write-java
        holdCache.put("pending:" + orderId, CardMasker.mask(cardNumber));
        // ok: card-number-cache-write-java
        redis.opsForValue().set("sim:" + orderId, form.getSimCardNumber());
        // ruleid: card-number-file-write-java
        Files.writeString(spool.resolve(orderId + ".txt"), orderId + "," + cardNumber);
        try (BufferedWriter writer = Files.newBufferedWriter(spool.resolve("batch.csv"))) {
            // ruleid: card-number-file-write-java
            writer.write(orderId + ";" + form.getCardNumber() + "\n");
            // ok: card-number-file-write-java
            writer.write(orderId + ";" + cardNumber.substring(cardNumber.length() - 4) + "\n");
        }
        // ok: card-number-file-write-java
        System.out.println(orderId);
    }
}

class ReceiptServlet extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PrintWriter out = resp.getWriter();
        // ok: card-number-file-write-java
        out.println("Card: " + req.getParameter("cardNumber"));
        try (FileWriter fw = new FileWriter("/var/spool/receipts.txt", true)) {
            // ruleid: card-number-file-write-java
            fw.write(req.getParameter("cardNumber"));
        }
    }
}

class RetryProducer {
    private final KafkaTemplate<String, Object> kafka;
    private final RabbitTemplate rabbitTemplate;

    void scheduleRetry(long contractId, BigDecimal amount, CardDetails card, Producer<String, String> producer) {
        // ruleid: card-number-cache-write-java
        kafka.send("payments.retry", String.valueOf(contractId), new PaymentRetry(contractId, amount, card.number(), card.expiry()));
        // ok: card-number-cache-write-java
        kafka.send("payments.events", String.valueOf(contractId), new ChargeEvent(contractId, card.last4()));
        // ruleid: card-number-cache-write-java
        rabbitTemplate.convertAndSend("payments", "retry", Map.of("cardNumber", card.getCardNumber()));
        // ruleid: card-number-cache-write-java
        producer.send(new ProducerRecord<>("payments.retry", card.getCardNumber()));
        // ok: card-number-cache-write-java
        mailer.send("ops@example.com", card.getCardNumber());
    }
}
