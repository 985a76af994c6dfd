package com.clearwater.pools.logging;

import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class AuditLogger {
    private static final Logger AUDIT = LoggerFactory.getLogger("AUDIT");

    public void record(String action, long actorId, Map<String, Object> details) {
        String rendered = details.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        AUDIT.info("{} actor={} {}", action, actorId, rendered);
    }
}
