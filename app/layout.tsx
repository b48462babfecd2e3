import type { Metadata, Viewport } from "next";
import { cookies, headers } from "next/headers";
import { THEME_COOKIE, systemThemeScript, themeFromCookie } from "@/components/layout/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "PrepLoop", template: "%s · PrepLoop" },
  description:
    "Practise AI/ML engineering interviews with timed questions and full mock interviews, track your progress, compare offers and plan your career.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page renders per request: the CSP nonce (from proxy.ts) is new each time, and the
// system-theme script below must carry it to run (docs/decisions/0013-request-edge-and-csp.md).
// The theme is drawn before first paint (no flash of the wrong one): a saved choice (the theme
// cookie) by the server's class on <html>, no script; with none, a script asks for the system's.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [requestHeaders, requestCookies] = await Promise.all([headers(), cookies()]);
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  const theme = themeFromCookie(requestCookies.get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={theme === "dark" ? "dark" : undefined} suppressHydrationWarning>
      <head>{theme === null && <script nonce={nonce} dangerouslySetInnerHTML={{ __html: systemThemeScript }} />}</head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
