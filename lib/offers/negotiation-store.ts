import "server-only";
import { db } from "@/lib/server/db";
import { assertOwnOffer } from "./read-offers";

/** Ticks or unticks one beyond-base negotiable for an offer (idempotent). */
export async function setNegotiable(userId: string, offerId: string, key: string, checked: boolean) {
  await assertOwnOffer(userId, offerId);
  if (checked) {
    await db.offerNegotiable.upsert({ where: { offerId_key: { offerId, key } }, create: { offerId, key }, update: {} });
  } else {
    await db.offerNegotiable.deleteMany({ where: { offerId, key } });
  }
  const rows = await db.offerNegotiable.findMany({ where: { offerId }, select: { key: true } });
  return { negotiables: rows.map((r) => r.key) };
}

/** Saves the answer to one company research question for an offer; an empty answer clears it. */
export async function setResearchAnswer(userId: string, offerId: string, key: string, answer: string) {
  await assertOwnOffer(userId, offerId);
  const trimmed = answer.trim();
  if (trimmed === "") await db.offerResearchAnswer.deleteMany({ where: { offerId, key } });
  else
    await db.offerResearchAnswer.upsert({
      where: { offerId_key: { offerId, key } },
      create: { offerId, key, answer: trimmed },
      update: { answer: trimmed },
    });
  return { key, answer: trimmed };
}
