package org.lindenhall.subs.config;

public class AppConfig {
    public static class Db { public String url; public String user; public String password = System.getenv("DB_PASSWORD"); }
    public static class Endpoint {
        public String baseUrl;
        public boolean trustAll = false;
        public String projectId;
        public String marketerId;
    }

    public Db db = new Db();
    public Endpoint crescendo = new Endpoint();
    public Endpoint sailthru = new Endpoint();
    public Endpoint keen = new Endpoint();
    public Endpoint boxline = new Endpoint();
    public Endpoint outbrain = new Endpoint();
}
