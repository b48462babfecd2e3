import "server-only";
// The candidate's view of the access log: which mentor read what, and when.
import { db } from "@/lib/server/db";

type AccessLogEntry = {
  id: string;
  mentor: { id: string; name: string };
  kind: string;
  itemId: string | null;
  label: string;
  at: string;
};

export async function listAccessLog(candidateId: string, limit = 200): Promise<AccessLogEntry[]> {
  const rows = await db.mentorAccessLog.findMany({
    where: { candidateId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      mentorId: true,
      itemKind: true,
      itemId: true,
      itemLabel: true,
      at: true,
      mentor: { select: { displayName: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    mentor: { id: r.mentorId, name: r.mentor.displayName },
    kind: r.itemKind,
    itemId: r.itemId,
    label: r.itemLabel,
    at: r.at.toISOString(),
  }));
}
