import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "PrepLoop", template: "%s · PrepLoop" },
  description:
    "Practise AI/ML engineering interviews with timed questions and full mock interviews, track your progress, compare offers and plan your career.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Applies the saved or system theme before first paint (no flash of the wrong theme).
const themeScript = `(function(){try{var t=localStorage.getItem("theme");var d=t?t==="dark":window.matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d);}catch(e){}})();`;

// Every page renders per request: the CSP nonce (from proxy.ts) is new each time, and the
// theme script below must carry it to run (docs/decisions/0013-request-edge-and-csp.md).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
