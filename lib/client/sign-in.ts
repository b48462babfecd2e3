// Credentials sign-in against next-auth's endpoints, with the throttle's 429 surfaced
// (next-auth/react's signIn cannot read a 429 body), and a busy server (503 + Retry-After)
// retried briefly instead of being reported as a wrong password.
type SignInResult = { ok: true } | { ok: false; message: string; retryAfter?: number };

const BUSY_RETRIES = 2;
const MAX_WAIT_MS = 5_000;

type ErrorBody = { error?: { message?: string } } | null;

async function attempt(email: string, password: string) {
  const csrfRes = await fetch("/api/auth/csrf", { credentials: "same-origin" });
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  return fetch("/api/auth/callback/credentials", {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
  });
}

function retryAfterSeconds(res: Response) {
  return Number(res.headers.get("retry-after") ?? "0") || undefined;
}

export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  try {
    let res = await attempt(email, password);
    for (let i = 0; res.status === 503 && i < BUSY_RETRIES; i++) {
      const wait = Math.min(MAX_WAIT_MS, (retryAfterSeconds(res) ?? 1) * 1000);
      await new Promise((resolve) => setTimeout(resolve, wait));
      res = await attempt(email, password);
    }
    if (res.status === 429 || res.status === 503) {
      const body = (await res.json().catch(() => null)) as ErrorBody;
      const fallback =
        res.status === 429 ? "Too many failed sign-in attempts. Try again later." : "PrepLoop is busy right now. Try again in a moment.";
      return { ok: false, message: body?.error?.message ?? fallback, retryAfter: retryAfterSeconds(res) };
    }
    const data = (await res.json().catch(() => ({}))) as { url?: string };
    const error = data.url ? new URL(data.url, window.location.origin).searchParams.get("error") : "unknown";
    if (res.ok && !error) return { ok: true };
    if (error === "CredentialsSignin") return { ok: false, message: "That email and password do not match an account." };
    return { ok: false, message: "Signing in did not work because of a problem on our side. Try again in a moment." };
  } catch {
    return { ok: false, message: "Could not reach PrepLoop. Check your connection and try again." };
  }
}
