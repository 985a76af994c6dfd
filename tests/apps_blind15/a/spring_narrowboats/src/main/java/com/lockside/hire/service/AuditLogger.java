package com.lockside.hire.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class AuditLogger {
    private static final Logger AUDIT = LoggerFactory.getLogger("AUDIT");

    public void record(String action, String detail) {
        AUDIT.info("{} {}", action, detail);
    }
}
