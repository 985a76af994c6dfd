package uk.co.harlowbells.foundry.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

public final class FoundryConfig {
    private final Properties props = new Properties();

    public FoundryConfig() {
        try (InputStream in = FoundryConfig.class.getResourceAsStream("/foundry.properties")) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String get(String key) {
        String env = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
        return env != null ? env : props.getProperty(key);
    }

    public String get(String key, String fallback) {
        String v = get(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    public boolean tlsVerify(String prefix, boolean fallback) {
        return Boolean.parseBoolean(get(prefix + ".tls-verify", Boolean.toString(fallback)));
    }
}
