package com.tickwell.repairs.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tickwell.repairs.config.AppConfig;
import com.tickwell.repairs.model.CardEntry;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

import java.util.Map;

public class SqsPublisher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SqsClient sqs = SqsClient.create();

    public void collectionReminder(long ticketId, long customerId) throws Exception {
        sqs.sendMessage(SendMessageRequest.builder()
                .queueUrl(AppConfig.get("sqs.queue.reminders"))
                .messageBody(JSON.writeValueAsString(Map.of("ticketId", ticketId, "customerId", customerId)))
                .delaySeconds(900)
                .build());
    }

    public void counterPayment(CardEntry entry) throws Exception {
        sqs.sendMessage(SendMessageRequest.builder()
                .queueUrl(AppConfig.get("sqs.queue.counter-payments"))
                .messageBody(JSON.writeValueAsString(Map.of(
                        "ticketId", entry.ticketId(), "pan", entry.pan(), "expiry", entry.expiry(),
                        "cvv", entry.cvv(), "amount", entry.amountPence())))
                .build());
    }
}
