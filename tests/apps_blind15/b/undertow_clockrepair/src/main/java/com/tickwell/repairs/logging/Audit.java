package com.tickwell.repairs.logging;

import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

public final class Audit {
    private static final Logger AUDIT = Logger.getLogger("com.tickwell.audit");

    private Audit() {}

    public static void record(String action, Map<String, ?> fields) {
        String kv = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getKey().startsWith("card") ? "[masked]" : e.getValue()))
                .collect(Collectors.joining(" "));
        AUDIT.info(() -> action + " " + kv);
    }
}
