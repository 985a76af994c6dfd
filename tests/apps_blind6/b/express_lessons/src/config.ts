export const config = {
  port: Number(process.env.PORT ?? 3000),
  databaseUrl: process.env.DATABASE_URL ?? "postgres://localhost/lessons",
  smtpHost: process.env.SMTP_HOST ?? "smtp.postmarkapp.com",
  supportEmail: process.env.SUPPORT_EMAIL ?? "desk@example-music.school",
  mixpanelToken: process.env.MIXPANEL_TOKEN ?? "",
  paymentsUrl: process.env.PAYMENTS_URL ?? "https://api.strumpay.example/v1",
  crmUrl: process.env.CRM_URL ?? "http://crm.lan:9000",
};
