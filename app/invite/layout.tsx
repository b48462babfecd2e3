import Link from "next/link";
import { Logo } from "@/components/layout/logo";
import { ThemeToggle } from "@/components/layout/theme-toggle";

export const dynamic = "force-dynamic";

/** Invitation pages work signed in or out, so they have their own plain frame. */
export default function InviteLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
          <Logo />
          <nav aria-label="Account" className="flex items-center gap-2 text-sm">
            <ThemeToggle />
            <Link
              href="/mentoring"
              className="rounded-md px-3 py-1.5 hover:bg-slate-100 dark:hover:bg-slate-800"
            >
              Mentoring
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-lg flex-1 px-4 py-12">
        {children}
      </main>
    </div>
  );
}
