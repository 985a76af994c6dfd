package com.sunridge.solar;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

public final class AppConfig {
    private final Properties props = new Properties();

    public AppConfig() {
        try (InputStream in = AppConfig.class.getResourceAsStream("/application.properties")) {
            props.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read application.properties", e);
        }
    }

    public String get(String key) {
        String raw = props.getProperty(key);
        if (raw != null && raw.startsWith("${") && raw.endsWith("}")) {
            return System.getenv(raw.substring(2, raw.length() - 1));
        }
        return raw;
    }

    public int getInt(String key) {
        return Integer.parseInt(get(key));
    }
}
