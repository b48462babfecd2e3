import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/server/env";

type Mail = { to: string; subject: string; text: string };

let transporter: Transporter | undefined;

/** Whether outgoing mail is configured (SMTP_URL). */
export function mailConfigured() {
  return Boolean(env().SMTP_URL);
}

/**
 * Sends one message through SMTP_URL (smtp:// upgrades with STARTTLS when the server offers
 * it; smtps:// is TLS from the start). Throws when the server refuses it.
 */
export async function sendMail(mail: Mail) {
  const e = env();
  if (!e.SMTP_URL || !e.MAIL_FROM) throw new Error("SMTP_URL is not configured");
  transporter ??= nodemailer.createTransport(e.SMTP_URL);
  await transporter.sendMail({ from: e.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
}
