package com.tickwell.repairs.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tickwell.repairs.config.AppConfig;
import com.tickwell.repairs.http.HttpClients;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

public class CounterPaymentWorker implements Runnable {
    private static final Logger LOG = Logger.getLogger(CounterPaymentWorker.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SqsClient sqs = SqsClient.create();
    private final String queue = AppConfig.get("sqs.queue.counter-payments");

    public static void start() {
        Executors.newSingleThreadScheduledExecutor().scheduleWithFixedDelay(new CounterPaymentWorker(), 5, 20, TimeUnit.SECONDS);
    }

    @Override
    public void run() {
        for (Message m : sqs.receiveMessage(ReceiveMessageRequest.builder().queueUrl(queue).maxNumberOfMessages(5).waitTimeSeconds(10).build()).messages()) {
            try {
                JsonNode job = JSON.readTree(m.body());
                ContentResponse r = HttpClients.standard().newRequest(AppConfig.get("gateway.base-url") + "/charges/moto")
                        .method(HttpMethod.POST)
                        .body(new StringRequestContent("application/json", m.body()))
                        .send();
                if (r.getStatus() >= 400) {
                    LOG.warning("gateway declined counter payment " + m.body());
                    continue;
                }
                LOG.info(() -> "counter payment settled ticket=" + job.path("ticketId").asLong());
                sqs.deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle()));
            } catch (Exception e) {
                LOG.log(Level.SEVERE, "counter payment failed for message " + m.messageId(), e);
            }
        }
    }
}
