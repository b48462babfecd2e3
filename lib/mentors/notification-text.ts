// A notification's text and link, rendered when the recipient reads it from the references the
// row stores (kind, actor, candidate, item) and the item's title *if the recipient may see the
// item now*. Pure: the loader (notifications.ts) resolves names, titles and access.
import { type NotificationKind } from "@/lib/generated/prisma/enums";

/** What a notification about an item says once the recipient may no longer open it (or it is gone). */
export const NO_ACCESS = "An item you no longer have access to.";

export type NotificationFacts = {
  kind: NotificationKind;
  /** The recipient is the candidate of the mentorship (not the mentor). */
  toCandidate: boolean;
  /** The actor's current display name; null when the account is gone. */
  actorName: string | null;
  again: boolean;
  candidateId: string | null;
  attemptId: string | null;
  mockId: string | null;
  /** A live mock's id (LIVE_* kinds). */
  liveMockId?: string | null;
  /** The item's title when the recipient may open it now, else null. */
  title: string | null;
};

type RenderedNotification = { text: string; link: string | null };

function itemLink(n: NotificationFacts): string {
  if (n.toCandidate) {
    // A mock answer opens in its mock's report, where the mentor scores are shown.
    const page = n.mockId ? `/mocks/${n.mockId}/report` : `/practice/attempts/${n.attemptId}`;
    return n.kind === "COMMENT_ADDED" ? `${page}#mentor-reviews` : page;
  }
  const page = n.attemptId
    ? `/mentoring/${n.candidateId}/attempts/${n.attemptId}`
    : `/mentoring/${n.candidateId}/mocks/${n.mockId}`;
  return n.kind === "COMMENT_ADDED" ? `${page}#thread` : page;
}

export function renderNotification(n: NotificationFacts): RenderedNotification {
  const who = n.actorName ?? "Someone";
  switch (n.kind) {
    case "INVITATION_ACCEPTED":
      return { text: `${who} accepted your invitation and is now your mentor.`, link: "/mentors" };
    case "MENTORSHIP_ENDED":
      return n.toCandidate
        ? { text: `${who} stopped mentoring you.`, link: "/mentors" }
        : { text: `${who} ended the mentorship.`, link: "/mentoring" };
    case "LIVE_SCHEDULED":
    case "LIVE_RESCHEDULED":
    case "LIVE_CANCELLED":
      return liveText(n, who);
  }
  if (n.title === null || (!n.attemptId && !n.mockId) || (!n.toCandidate && !n.candidateId))
    return { text: NO_ACCESS, link: null };
  const title = `“${n.title}”`;
  const text = {
    REVIEW_REQUESTED: `${who} asked you to review ${title}.`,
    REVIEW_ARRIVED: `${who} ${n.again ? "updated their review of" : "reviewed"} ${title}.`,
    COMMENT_ADDED: n.toCandidate ? `${who} commented on ${title}.` : `${who} replied on ${title}.`,
  }[n.kind];
  return { text, link: itemLink(n) };
}

/** Live mocks name no question or title: the room itself checks access when the link is opened. */
function liveText(n: NotificationFacts, who: string): RenderedNotification {
  const link = n.liveMockId ? `/live/${n.liveMockId}` : "/live";
  if (n.kind === "LIVE_SCHEDULED")
    return n.toCandidate
      ? { text: "You scheduled a live mock interview with your mentor.", link }
      : { text: `${who} invited you to run a live mock interview with them.`, link };
  if (n.kind === "LIVE_RESCHEDULED") return { text: `${who} moved your live mock interview to another time.`, link };
  return { text: `${who} cancelled your live mock interview.`, link };
}
