import { AppNav } from "@/components/layout/app-nav";
import { SkipLink } from "@/components/layout/skip-link";
import { HydrateLater } from "@/components/ui/hydrate-later";
import { getCurrentUserForLayout } from "@/lib/server/auth";
import { redirectToSignIn } from "@/lib/server/page";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = (await getCurrentUserForLayout()) ?? (await redirectToSignIn());
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <AppNav displayName={user.displayName} unread={user.unread} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {/* The page hydrates after the header, in slices that yield to the browser (decision 0025, Session 12). */}
        <HydrateLater>{children}</HydrateLater>
      </main>
    </div>
  );
}
