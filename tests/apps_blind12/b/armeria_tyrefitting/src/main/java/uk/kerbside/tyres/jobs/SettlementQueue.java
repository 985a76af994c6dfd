package uk.kerbside.tyres.jobs;

import java.util.concurrent.TimeUnit;
import org.redisson.api.RBlockingQueue;
import org.redisson.api.RDelayedQueue;
import org.redisson.api.RedissonClient;

public class SettlementQueue {
    public record VanBatch(String vanId, int count) {}
    public record RetryItem(String vanId, String pan, String cvv, String expiry, int amountPence) {}

    private final RBlockingQueue<VanBatch> batches;
    private final RBlockingQueue<RetryItem> retries;
    private final RDelayedQueue<RetryItem> delayedRetries;

    public SettlementQueue(RedissonClient redisson) {
        this.batches = redisson.getBlockingQueue("kerbside:settle:batches");
        this.retries = redisson.getBlockingQueue("kerbside:settle:retries");
        this.delayedRetries = redisson.getDelayedQueue(retries);
    }

    public void enqueueVan(String vanId, int count) {
        batches.offer(new VanBatch(vanId, count));
    }

    public void retryLater(RetryItem item) {
        delayedRetries.offer(item, 15, TimeUnit.MINUTES);
    }

    public VanBatch takeBatch() throws InterruptedException { return batches.take(); }
    public RetryItem takeRetry() throws InterruptedException { return retries.take(); }
}
