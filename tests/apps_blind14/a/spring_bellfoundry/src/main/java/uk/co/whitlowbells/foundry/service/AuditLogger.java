package uk.co.whitlowbells.foundry.service;

import static net.logstash.logback.argument.StructuredArguments.kv;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class AuditLogger {
    private static final Logger AUDIT = LoggerFactory.getLogger("AUDIT");

    public void commissionCreated(long commissionId, long customerId) {
        AUDIT.info("commission created {} {}", kv("commissionId", commissionId), kv("customerId", customerId));
    }

    public void customerChanged(Object before, Object after) {
        AUDIT.info("customer changed {} {}", kv("before", before), kv("after", after));
    }
}
