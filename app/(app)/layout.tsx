import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppNav } from "@/components/layout/app-nav";
import { SkipLink } from "@/components/layout/skip-link";
import { authPageHref } from "@/lib/safe-path";
import { getCurrentUserForLayout } from "@/lib/server/auth";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUserForLayout();
  if (!user) {
    const path = (await headers()).get("x-preploop-path") ?? "";
    redirect(authPageHref("/sign-in", path));
  }
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <AppNav displayName={user.displayName} unread={user.unread} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
