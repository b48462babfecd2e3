// Start-up notice (instrumentation.ts), once per server: says where reset links go without
// SMTP. No "server-only" import here: instrumentation loads it outside the React server graph.
import { env } from "@/lib/server/env";

export function logMailSetup() {
  if (env().SMTP_URL) return;
  console.log(
    JSON.stringify({
      t: new Date().toISOString(),
      level: "warn",
      event: "smtp_not_configured",
      message:
        "SMTP_URL is not set: PrepLoop sends no email. Password reset links are written to this log instead " +
        '(event "password_reset_link_not_mailed"). Set SMTP_URL and MAIL_FROM to mail them.',
    }),
  );
}
