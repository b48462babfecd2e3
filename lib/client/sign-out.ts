// Signing out against next-auth's endpoints, as next-auth/react's signOut does (CSRF token, POST
// /api/auth/signout, then a full navigation to the answer's url), without importing next-auth/react:
// the navigation's Sign out button is on every signed-in page, and that import put next-auth's
// client (its SessionProvider, a regenerator runtime and Babel helpers) into every page's start-up
// JavaScript. We use no SessionProvider, so nothing else listens for the sign-out broadcast.

/** Signs out and loads `callbackUrl` (or next-auth's answer); false when PrepLoop was not reachable. */
export async function signOutTo(callbackUrl: string): Promise<boolean> {
  try {
    const csrfRes = await fetch("/api/auth/csrf", { credentials: "same-origin" });
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const res = await fetch("/api/auth/signout", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
    });
    const data = (await res.json().catch(() => ({}))) as { url?: string };
    if (!res.ok) return false;
    const url = data.url ?? callbackUrl;
    window.location.href = url;
    if (url.includes("#")) window.location.reload();
    return true;
  } catch {
    return false;
  }
}
