import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "PrepLoop", template: "%s · PrepLoop" },
  description:
    "Practise AI/ML engineering interviews with timed questions and full mock interviews, track your progress, compare offers and plan your career.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Applies the saved or system theme before first paint (no flash of the wrong theme).
const themeScript = `(function(){try{var t=localStorage.getItem("theme");var d=t?t==="dark":window.matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d);}catch(e){}})();`;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
