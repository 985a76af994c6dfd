package com.tickwell.repairs.logging;

import java.util.LinkedHashMap;
import java.util.Map;

public final class RequestContext {
    private static final ThreadLocal<Map<String, String>> CTX = ThreadLocal.withInitial(LinkedHashMap::new);

    private RequestContext() {}

    public static void put(String key, String value) { CTX.get().put(key, value); }

    public static Map<String, String> snapshot() { return Map.copyOf(CTX.get()); }

    public static void clear() { CTX.remove(); }
}
