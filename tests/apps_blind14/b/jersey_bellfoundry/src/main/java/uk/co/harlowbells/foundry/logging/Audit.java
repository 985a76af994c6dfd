package uk.co.harlowbells.foundry.logging;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public final class Audit {
    private static final Logger AUDIT = LogManager.getLogger("foundry.audit");

    private Audit() {}

    public static void record(String action, long commissionId) {
        AUDIT.info("{} commission={}", action, commissionId);
    }

    public static void record(String action, Object subject) {
        AUDIT.info("{} {}", action, subject);
    }
}
