import "server-only";
import { log } from "@/lib/server/log";
import { mailConfigured, sendMail } from "./transport";

/** The reset mail's text (plain text: nothing to render, nothing to track). */
function passwordResetText(link: string, minutes: number) {
  return [
    "Someone (hopefully you) asked to reset the password of your PrepLoop account.",
    "",
    `To choose a new password, open this link within ${minutes} minutes:`,
    "",
    link,
    "",
    "The link works once. Using it signs you out on every device.",
    "If you did not ask for this, ignore this message: your password stays as it is.",
  ].join("\n");
}

/**
 * Mails the link, or, with no SMTP configured, writes it to the server log clearly marked
 * (for a self-hosted instance whose operator reads the log). Never throws: the requester gets
 * the same answer either way, and a failure is logged.
 */
export async function deliverPasswordReset(to: string, link: string, minutes: number) {
  if (!mailConfigured()) {
    log("warn", "password_reset_link_not_mailed", {
      notice: "NO SMTP CONFIGURED: this password reset link was NOT emailed. Give it only to the account's owner.",
      to,
      link,
    });
    return;
  }
  try {
    await sendMail({ to, subject: "Reset your PrepLoop password", text: passwordResetText(link, minutes) });
    log("info", "password_reset_mailed", {});
  } catch (e) {
    log("error", "password_reset_mail_failed", { message: e instanceof Error ? e.message.slice(0, 300) : String(e) });
  }
}
