package com.tickwell.repairs.logging;

import java.time.Instant;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

public class JsonLineFormatter extends Formatter {
    @Override
    public String format(LogRecord r) {
        StringBuilder sb = new StringBuilder(256).append('{');
        field(sb, "ts", Instant.ofEpochMilli(r.getMillis()).toString()).append(',');
        field(sb, "level", r.getLevel().getName()).append(',');
        field(sb, "logger", r.getLoggerName()).append(',');
        for (Map.Entry<String, String> e : RequestContext.snapshot().entrySet()) {
            field(sb, e.getKey(), e.getValue()).append(',');
        }
        field(sb, "msg", formatMessage(r));
        if (r.getThrown() != null) {
            sb.append(',');
            field(sb, "error", r.getThrown().toString());
        }
        return sb.append("}\n").toString();
    }

    private static StringBuilder field(StringBuilder sb, String k, String v) {
        return sb.append('"').append(k).append("\":\"").append(v == null ? "" : v.replace("\"", "\\\"")).append('"');
    }
}
