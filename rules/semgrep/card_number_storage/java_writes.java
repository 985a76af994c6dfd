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
