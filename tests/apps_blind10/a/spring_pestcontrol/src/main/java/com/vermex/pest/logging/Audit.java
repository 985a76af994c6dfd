package com.vermex.pest.logging;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public final class Audit {

    private static final Logger AUDIT = LogManager.getLogger("AUDIT");

    private Audit() {}

    public static void event(String name, Map<String, ?> fields) {
        String kv = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        AUDIT.info("{} {}", name, kv);
    }
}
