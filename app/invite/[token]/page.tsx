import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitation } from "@/components/mentors/accept-invitation";
import { when } from "@/components/mentors/format";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { authPageHref } from "@/lib/safe-path";
import { NOT_ACCEPTABLE } from "@/lib/mentors/invitation-status";
import { lookupInvitation } from "@/lib/mentors/invitations";
import { SCOPES } from "@/lib/mentors/scopes";
import { getCurrentUser } from "@/lib/server/auth";

// The token is a secret: keep it out of Referer headers.
export const metadata: Metadata = { title: "Mentor invitation", referrer: "no-referrer" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [inv, user] = await Promise.all([lookupInvitation(token), getCurrentUser()]);
  if (!inv) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Mentor invitation</h1>
        <Alert tone="error">
          This invitation link is not valid. Check that you copied all of it, or ask for a new one.
        </Alert>
        <p className="text-sm">
          Got a code instead?{" "}
          <Link href="/invite" className="text-indigo-700 underline dark:text-indigo-300">
            Enter it here
          </Link>
          .
        </p>
      </div>
    );
  }
  const shares = SCOPES.filter((s) => inv.scopes[s.key]).map((s) => s.label.toLowerCase());
  const back = `/invite/${encodeURIComponent(token)}`;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{inv.candidateName} invited you to be their mentor</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        As their mentor you review the practice answers and mock interviews they send you, score them on the
        guide&apos;s four evaluation points and discuss them. They will share:{" "}
        {shares.length ? shares.join(", ") : "only the items they send you for review"}. They can change this
        or end the mentorship at any time.
      </p>
      {inv.status !== "pending" ? (
        <Alert tone="error">{NOT_ACCEPTABLE[inv.status]}</Alert>
      ) : !user ? (
        <div className="space-y-3">
          <p className="text-sm">
            Sign in or create a free account to accept. This invitation expires {when(inv.expiresAt)}.
          </p>
          <div className="flex flex-wrap gap-2">
            <Link href={authPageHref("/sign-in", back)} className={buttonClass("primary")}>
              Sign in to accept
            </Link>
            <Link href={authPageHref("/sign-up", back)} className={buttonClass("secondary")}>
              Create an account
            </Link>
          </div>
        </div>
      ) : user.id === inv.candidateId ? (
        <Alert tone="info">
          This is your own invitation: send the link or its code to the person you want as a mentor.
        </Alert>
      ) : (
        <>
          <p className="text-sm">
            Signed in as {user.displayName}. This invitation can be used once and expires{" "}
            {when(inv.expiresAt)}.
          </p>
          <AcceptInvitation token={token} candidateName={inv.candidateName} />
        </>
      )}
    </div>
  );
}
