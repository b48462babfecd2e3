import { Alert } from "@/components/ui/alert";
import { OAUTH_REFUSAL_MESSAGES, type RefusalCode } from "@/lib/accounts/oauth-decision";

/** The sign-in page's message for a refused OAuth sign-in (`/sign-in?error=<code>`). */
export function OAuthError({ code }: { code: string | string[] | undefined }) {
  const message = typeof code === "string" ? OAUTH_REFUSAL_MESSAGES[code as RefusalCode] : undefined;
  return message ? (
    <div className="mb-6">
      <Alert tone="error">{message}</Alert>
    </div>
  ) : null;
}
