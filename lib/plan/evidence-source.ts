import "server-only";
// Loads the rows behind a milestone's evidence suggestions: the user's own finished mocks and offers.
import { listMocks } from "@/lib/mocks/mocks";
import { ownedBy } from "@/lib/offers/read-offers";
import { db } from "@/lib/server/db";
import { type EvidenceGroup, evidenceOptions } from "./evidence-options";

export async function loadEvidenceOptions(userId: string): Promise<EvidenceGroup[]> {
  const [user, mocks, offers] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } }),
    listMocks(userId, { finishedOnly: true, limit: 20 }),
    db.offer.findMany({
      where: ownedBy(userId),
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 20,
      select: { id: true, company: true, role: true },
    }),
  ]);
  return evidenceOptions(
    {
      mocks: mocks.flatMap((m) =>
        m.finishedAt ? [{ id: m.id, title: m.title, finishedAt: m.finishedAt, overall: m.overall }] : [],
      ),
      offers,
    },
    user.timeZone,
  );
}
