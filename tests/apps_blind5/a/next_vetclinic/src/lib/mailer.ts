import nodemailer from "nodemailer";

import { createLogger } from "@/lib/logger";

const log = createLogger("mailer");

export const MAIL_CONFIG = {
  host: process.env.SMTP_HOST ?? "smtp.sendgrid.net",
  port: Number(process.env.SMTP_PORT ?? 587),
  secure: false,
  from: process.env.MAIL_FROM ?? "Oakfield Vets <appointments@oakfieldvets.co.uk>",
  replyTo: "reception@oakfieldvets.co.uk",
};

export const TEMPLATES = {
  appointmentConfirmed: "tmpl_appt_confirmed_v2",
  invoicePaid: "tmpl_invoice_paid_v1",
  labResultsReady: "tmpl_lab_ready_v1",
} as const;

const transport = nodemailer.createTransport({
  host: MAIL_CONFIG.host,
  port: MAIL_CONFIG.port,
  secure: MAIL_CONFIG.secure,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD },
});

export async function sendMail(to: string, subject: string, html: string, template: keyof typeof TEMPLATES) {
  try {
    const info = await transport.sendMail({ from: MAIL_CONFIG.from, replyTo: MAIL_CONFIG.replyTo, to, subject, html });
    log.info("mail sent", { messageId: info.messageId, template: TEMPLATES[template], accepted: info.accepted.length });
    return info.messageId;
  } catch (err) {
    const code = (err as { responseCode?: number }).responseCode;
    log.error("mail delivery failed", { template: TEMPLATES[template], smtpCode: code });
    throw err;
  }
}
