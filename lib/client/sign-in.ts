// Credentials sign-in against next-auth's endpoints, with the throttle's 429 surfaced
// (next-auth/react's signIn cannot read a 429 body).
type SignInResult = { ok: true } | { ok: false; message: string; retryAfter?: number };

export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  try {
    const csrfRes = await fetch("/api/auth/csrf", { credentials: "same-origin" });
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const res = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
      body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
    });
    if (res.status === 429) {
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      return {
        ok: false,
        message: body?.error?.message ?? "Too many failed sign-in attempts. Try again later.",
        retryAfter: Number(res.headers.get("retry-after") ?? "0") || undefined,
      };
    }
    const data = (await res.json().catch(() => ({}))) as { url?: string };
    const error = data.url ? new URL(data.url, window.location.origin).searchParams.get("error") : "unknown";
    if (res.ok && !error) return { ok: true };
    return { ok: false, message: "That email and password do not match an account." };
  } catch {
    return { ok: false, message: "Could not reach PrepLoop. Check your connection and try again." };
  }
}
