import { registerAs } from '@nestjs/config';

export default registerAs('bakery', () => ({
  processorUrl: process.env.PROCESSOR_URL ?? 'https://api.crumbpay.example/v1',
  processorKey: process.env.PROCESSOR_KEY ?? '',
  kitchenPrinterUrl: process.env.KITCHEN_PRINTER_URL ?? 'http://192.168.4.20:9100/jobs',
  intercomToken: process.env.INTERCOM_TOKEN ?? '',
  mixpanelToken: process.env.MIXPANEL_TOKEN ?? '',
  smtpHost: process.env.SMTP_HOST ?? 'smtp.postmarkapp.com',
  emailTemplateReady: process.env.EMAIL_TEMPLATE_READY ?? 'order-ready-v2',
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379/2',
}));
