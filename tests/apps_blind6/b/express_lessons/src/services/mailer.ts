import nodemailer from "nodemailer";
import { config } from "../config";
import { logger } from "../logger";

export type Template = "welcome" | "receipt" | "card_expiring" | "lesson_cancelled";

const TEMPLATE_SUBJECTS: Record<Template, string> = {
  welcome: "Welcome to the music school",
  receipt: "Your lesson receipt",
  card_expiring: "Your card on file expires soon",
  lesson_cancelled: "Your lesson was cancelled",
};

const transport = nodemailer.createTransport({
  host: config.smtpHost,
  port: 587,
  requireTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD },
});

export interface MailResult {
  messageId: string | null;
  status: "sent" | "bounced" | "failed";
}

export async function sendTemplate(to: string, template: Template, vars: Record<string, string>): Promise<MailResult> {
  const started = Date.now();
  try {
    const info = await transport.sendMail({
      from: config.supportEmail,
      to,
      subject: TEMPLATE_SUBJECTS[template],
      text: Object.entries(vars).map(([k, v]) => `${k}: ${v}`).join("\n"),
      headers: { "X-Template": template },
    });
    logger.info({ template, messageId: info.messageId, tookMs: Date.now() - started }, "mail sent");
    return { messageId: info.messageId, status: "sent" };
  } catch (err: any) {
    const status = err?.responseCode >= 500 ? "bounced" : "failed";
    logger.error({ template, status, code: err?.responseCode }, "mail delivery failed");
    return { messageId: null, status };
  }
}

export async function sendCardExpiring(to: string, brand: string, lastFour: string, exp: string): Promise<MailResult> {
  return sendTemplate(to, "card_expiring", { card: `${brand} ending ${lastFour}`, expires: exp });
}

export async function verifySmtp(): Promise<boolean> {
  try {
    await transport.verify();
    logger.info({ smtpHost: config.smtpHost }, "smtp connection verified");
    return true;
  } catch (err) {
    logger.warn({ smtpHost: config.smtpHost, err }, "smtp verification failed");
    return false;
  }
}
