package uk.co.thimbletack.workshop.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class AuditLogger {
    private static final Logger AUDIT = LoggerFactory.getLogger("AUDIT");

    public void record(String action, String actorId, String subjectId) {
        AUDIT.info("action={} actor={} subject={}", action, actorId, subjectId);
    }

    public void recordChange(String action, String actorId, Object before, Object after) {
        AUDIT.info("action={} actor={} before={} after={}", action, actorId, before, after);
    }
}
