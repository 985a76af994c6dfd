package com.cellardoor.tours.logging;

import static net.logstash.logback.argument.StructuredArguments.kv;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class AuditLogger {

    private static final Logger AUDIT = LoggerFactory.getLogger("com.cellardoor.tours.audit");

    public void record(String action, String actor, Object subject) {
        AUDIT.info("{} by {} on {}", action, actor, subject);
    }

    public void recordId(String action, String actor, long subjectId) {
        AUDIT.info("audit", kv("action", action), kv("actor", actor), kv("subjectId", subjectId));
    }
}
