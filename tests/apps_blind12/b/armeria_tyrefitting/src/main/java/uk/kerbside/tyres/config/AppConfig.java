package uk.kerbside.tyres.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

public final class AppConfig {
    private final Properties props = new Properties();

    public AppConfig() {
        try (InputStream in = AppConfig.class.getResourceAsStream("/kerbside.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read kerbside.properties", e);
        }
    }

    public String get(String key, String fallback) {
        return System.getenv().getOrDefault(key.replace('.', '_').toUpperCase(), props.getProperty(key, fallback));
    }

    public boolean flag(String key, boolean fallback) {
        return Boolean.parseBoolean(get(key, Boolean.toString(fallback)));
    }

    public String pennantBaseUrl() { return get("pennant.baseUrl", "https://api.pennantpay.co.uk"); }
    public boolean pennantTlsNoVerify() { return flag("pennant.tlsNoVerify", false); }
    public String rimwellBaseUrl() { return get("rimwell.baseUrl", "https://partners.rimwell-alignment.co.uk"); }
    public boolean rimwellTlsNoVerify() { return flag("rimwell.tlsNoVerify", true); }
    public String depotBaseUrl() { return get("depot.baseUrl", "http://depot-pc.kerbside.lan:9000"); }
    public String closeBaseUrl() { return get("close.baseUrl", "https://api.close.com/api/v1"); }
    public String opsgenieBaseUrl() { return get("opsgenie.baseUrl", "https://api.opsgenie.com/v2"); }
}
