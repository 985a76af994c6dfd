package org.lindenhall.subs.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class Audit {
    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    private Audit() {}

    public static void record(String action, Object subject) {
        AUDIT.info("{} {}", action, subject);
    }

    public static void recordId(String action, long id) {
        AUDIT.info("{} id={}", action, id);
    }
}
