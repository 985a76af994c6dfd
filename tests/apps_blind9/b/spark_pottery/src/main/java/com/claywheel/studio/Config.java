package com.claywheel.studio;

import java.util.Optional;

/** Settings from the environment; defaults are the ones used in the studio's back office. */
public final class Config {
    private Config() {}

    private static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }

    public static final int PORT = Integer.parseInt(env("PORT", "4567"));
    public static final String JDBC_URL = env("JDBC_URL", "jdbc:postgresql://localhost:5432/claywheel");
    public static final String JDBC_USER = env("JDBC_USER", "claywheel");
    public static final String JDBC_PASSWORD = env("JDBC_PASSWORD", "");

    public static final String GATEWAY_URL = env("GATEWAY_URL", "https://api.tillflow-payments.example/v3/");
    public static final String GATEWAY_KEY = env("GATEWAY_KEY", "");
    public static final String WEBHOOK_SECRET = env("GATEWAY_WEBHOOK_SECRET", "");

    /** Door controller for the 24/7 studio; a Raspberry Pi on the studio LAN. */
    public static final String DOOR_CONTROLLER_URL = env("DOOR_CONTROLLER_URL", "http://10.0.8.15:8080/");
    /** Kiln controllers (Bartlett Genesis bridge) on the same LAN. */
    public static final String KILN_BRIDGE_URL = env("KILN_BRIDGE_URL", "http://10.0.8.20:9000/");

    public static final String CLOSE_API_KEY = env("CLOSE_API_KEY", "");
    public static final String BREVO_API_KEY = env("BREVO_API_KEY", "");
    public static final long BREVO_NEWSLETTER_LIST = Long.parseLong(env("BREVO_LIST_ID", "7"));
    /** The council's arts-grant portal sits behind an expired certificate most of the year. */
    public static final boolean GRANT_PORTAL_TRUST_ALL = Boolean.parseBoolean(env("GRANT_PORTAL_TRUST_ALL", "true"));
    public static final String GRANT_PORTAL_URL = env("GRANT_PORTAL_URL", "https://artsgrants.southvale-council.example/api/");
}
