export default defineNitroConfig({
  srcDir: "server",
  experimental: { tasks: true },
  scheduledTasks: {
    "*/5 * * * *": ["orders:settle"],
    "0 3 * * *": ["members:sync-crisp"],
  },
  storage: {
    queue: { driver: "redis", base: "cidermill:queue", host: "127.0.0.1", port: 6379 },
  },
  runtimeConfig: {
    databaseUrl: "postgres://cidermill@127.0.0.1:5432/cidermill",
    snap: {
      pixelId: "",
      accessToken: "",
      baseURL: "https://tr.snapchat.com/v3",
    },
    crisp: {
      websiteId: "",
      identifier: "",
      key: "",
      baseURL: "https://api.crisp.chat/v1",
      tlsVerify: process.env.NITRO_CRISP_TLS_VERIFY === "true",
    },
    pressline: {
      baseURL: "https://api.presslinepay.example/v2",
      webhookSecret: "",
    },
    coop: {
      baseURL: "http://intake.wyevalley-growers.coop/api",
    },
  },
});
