import "server-only";
import { db } from "@/lib/server/db";
import { HttpError } from "@/lib/server/errors";
import { demoProfileDrift } from "./demo-profiles";
import { profileTargetSelect } from "./profile";

/** What a visitor on the shared demo accounts may not do, and why (403 `demo_account`). */
const DEMO_REFUSALS = {
  delete: "The demo account is shared by everyone trying PrepLoop, so it cannot be deleted. Create your own account to try this.",
  signOutOthers:
    "The demo account is shared by everyone trying PrepLoop, so it cannot sign other visitors out. Use “Sign out” to end your own session.",
  password: "The demo account is shared by everyone trying PrepLoop, so its password cannot be changed.",
  link: "The demo account is shared by everyone trying PrepLoop, so no sign-in provider can be linked to it.",
  invite:
    "The demo account is shared by everyone trying PrepLoop, so it cannot send mentor invitations. Create your own account to invite a mentor.",
} as const;

type DemoAction = keyof typeof DEMO_REFUSALS;

/** Throws 403 `demo_account` when `user` is a public demo account. */
export function refuseForDemo(user: { isDemo: boolean }, action: DemoAction) {
  if (user.isDemo) throw new HttpError(403, "demo_account", DEMO_REFUSALS[action]);
}

/**
 * Puts a drifted demo account back when someone signs in to it: its documented profile
 * (name, role, level, region, experience) and no linked providers. The sample history has
 * its own rule (prisma/seed/demo-history.ts). No-op for every other account.
 */
export async function healDemoAccount(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      isDemo: true,
      ...profileTargetSelect,
      _count: { select: { oauthLinks: true } },
    },
  });
  if (!user?.isDemo) return;
  const drift = demoProfileDrift(user.email, user);
  if (Object.keys(drift).length) {
    await db.user.update({ where: { id: userId }, data: { ...drift, version: { increment: 1 } } });
  }
  if (user._count.oauthLinks) await db.oAuthLink.deleteMany({ where: { userId } });
}
