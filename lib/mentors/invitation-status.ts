// Pure rules of an invitation's life: pending until accepted, revoked or expired.
import { INVITATION_DEFAULT_DAYS } from "./data/settings";

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

type InvitationTimes = { expiresAt: Date; revokedAt: Date | null; acceptedAt: Date | null };

/** Accepted and revoked are final; otherwise expired from the instant `expiresAt` is reached. */
export function invitationStatus(inv: InvitationTimes, now: Date): InvitationStatus {
  if (inv.acceptedAt) return "accepted";
  if (inv.revokedAt) return "revoked";
  return now.getTime() >= inv.expiresAt.getTime() ? "expired" : "pending";
}

export function expiryFrom(now: Date, days = INVITATION_DEFAULT_DAYS): Date {
  return new Date(now.getTime() + days * 86_400_000);
}

/** The message a person trying to accept sees, for each status that cannot be accepted. */
export const NOT_ACCEPTABLE: Record<Exclude<InvitationStatus, "pending">, string> = {
  accepted: "This invitation has already been used. Ask for a new one.",
  revoked: "This invitation was withdrawn by the person who sent it. Ask for a new one.",
  expired: "This invitation has expired. Ask for a new one.",
};
