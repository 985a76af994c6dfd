package com.beanhaus.roastery;

import io.sentry.Sentry;
import org.apache.camel.main.Main;

public final class MainApp {
    public static void main(String[] args) throws Exception {
        Sentry.init(options -> {
            options.setDsn(System.getProperty("roastery.glitchtip.dsn", System.getenv("GLITCHTIP_DSN")));
            options.setSendDefaultPii(true);
            options.setEnvironment("production");
        });
        Main main = new Main(MainApp.class);
        main.configure().withBasePackageScan("com.beanhaus.roastery");
        main.run(args);
    }
}
