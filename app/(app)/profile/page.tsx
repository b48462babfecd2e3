import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { AccountDangerZone } from "@/components/accounts/account-danger-zone";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { LinkedProviders } from "@/components/accounts/linked-providers";
import { ProfileForm } from "@/components/accounts/profile-form";
import { SessionList } from "@/components/accounts/session-list";
import { AiReviewSetting } from "@/components/feedback/ai-review-setting";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { listLinks } from "@/lib/accounts/oauth-user";
import { aiSettings } from "@/lib/ai/review";
import { getProfile } from "@/lib/accounts/profile";
import { configuredProviders } from "@/lib/accounts/providers";
import { listSessions } from "@/lib/accounts/sessions";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Profile" };


const DEMO_NOTE =
  "This is the shared demo account: anyone can sign in to try PrepLoop, so its password cannot be changed, it cannot be deleted or linked to a provider, and it cannot sign other visitors out or send mentor invitations. Create your own account to use those.";

export default async function ProfilePage() {
  const user = await requireUser();
  const [profile, sessions, links, ai] = await Promise.all([
    getProfile(user.id),
    listSessions(user.id, user.sessionId),
    listLinks(user.id),
    aiSettings(user.id),
  ]);
  const available = configuredProviders();
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">Your profile</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
        What you are preparing for. PrepLoop uses it to place offers against market bands and to plan your
        preparation before the interview date.
      </p>
      <Card>
        <ProfileForm initial={profile} />
      </Card>
      <Card as="section" aria-labelledby="password-heading" className="mt-8">
        <h2 id="password-heading" className="mb-4 text-lg font-semibold">
          Password
        </h2>
        {user.isDemo ? (
          <Alert tone="info">{DEMO_NOTE}</Alert>
        ) : profile.hasPassword ? (
          <ChangePasswordForm />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            You sign in through a provider and have no password. To set one, use “Forgot your password?” on the sign-in
            page.
          </p>
        )}
      </Card>
      <Card as="section" aria-labelledby="sessions-heading" className="mt-8">
        <h2 id="sessions-heading" className="mb-4 text-lg font-semibold">
          Signed-in devices
        </h2>
        <SessionList sessions={user.isDemo ? sessions.filter((s) => s.current) : sessions} isDemo={user.isDemo} />
      </Card>
      {!user.isDemo && (available.length > 0 || links.length > 0) && (
        <Card as="section" aria-labelledby="providers-heading" className="mt-8">
          <h2 id="providers-heading" className="mb-4 text-lg font-semibold">
            Sign-in providers
          </h2>
          <LinkedProviders linked={links.map((l) => l.provider)} available={available} />
        </Card>
      )}
      <Card as="section" aria-labelledby="ai-review-heading" className="mt-8">
        <h2 id="ai-review-heading" className="mb-4 text-lg font-semibold">
          AI reviews
        </h2>
        <AiReviewSetting initial={ai} />
      </Card>
      <Card as="section" aria-labelledby="developers-heading" className="mt-8">
        <h2 id="developers-heading" className="mb-2 text-lg font-semibold">
          For developers
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Scripts and tools can use the same JSON API as this app: see the{" "}
          <AppLink className="underline" href="/developers">
            API reference
          </AppLink>
          .
        </p>
      </Card>
      <Card as="section" aria-labelledby="account-heading" className="mt-8">
        <h2 id="account-heading" className="mb-4 text-lg font-semibold">
          Your data and account
        </h2>
        {user.isDemo && <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">The demo account cannot be deleted.</p>}
        <AccountDangerZone hasPassword={profile.hasPassword} />
      </Card>
    </div>
  );
}
