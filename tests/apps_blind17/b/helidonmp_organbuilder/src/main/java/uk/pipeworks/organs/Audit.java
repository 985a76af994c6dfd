package uk.pipeworks.organs;

import java.util.Map;
import java.util.stream.Collectors;

import org.apache.log4j.Logger;

public final class Audit {

    private static final Logger AUDIT = Logger.getLogger("uk.pipeworks.organs.audit");

    private Audit() {
    }

    public static void record(String event, Map<String, ?> fields) {
        String kv = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        AUDIT.info(event + " " + kv);
    }
}
