package com.tickwell.repairs.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

public final class AppConfig {
    private static final Properties PROPS = new Properties();

    static {
        try (InputStream in = AppConfig.class.getResourceAsStream("/application.properties")) {
            PROPS.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read application.properties", e);
        }
    }

    private AppConfig() {}

    public static String get(String key) {
        String env = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
        return env != null ? env : PROPS.getProperty(key);
    }

    public static String get(String key, String fallback) {
        String v = get(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    public static boolean flag(String key, boolean fallback) {
        return Boolean.parseBoolean(get(key, Boolean.toString(fallback)));
    }
}
