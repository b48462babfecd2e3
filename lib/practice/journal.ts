import "server-only";
import { db } from "@/lib/server/db";
import { badRequest, conflict, notFound } from "@/lib/server/errors";
import { type JournalInput } from "./schema";

export type JournalEntryView = {
  id: string;
  title: string;
  body: string;
  entryDate: string;
  promptId: string | null;
  promptTitle: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

const select = {
  id: true,
  title: true,
  body: true,
  entryDate: true,
  promptId: true,
  prompt: { select: { title: true } },
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

type Row = { entryDate: Date; createdAt: Date; updatedAt: Date; prompt: { title: string } | null } & Omit<JournalEntryView, "entryDate" | "createdAt" | "updatedAt" | "promptTitle">;

const present = (r: Row): JournalEntryView => ({
  id: r.id,
  title: r.title,
  body: r.body,
  entryDate: r.entryDate.toISOString().slice(0, 10),
  promptId: r.promptId,
  promptTitle: r.prompt?.title ?? null,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** The bank's reflection prompts (type reflection), offered as journal prompts. */
export async function listReflectionPrompts() {
  return db.question.findMany({
    where: { type: "REFLECTION", ownerId: null, retiredAt: null },
    select: { id: true, title: true, prompt: true },
    orderBy: { title: "asc" },
  });
}

async function checkPrompt(promptId: string | null) {
  if (!promptId) return;
  const p = await db.question.findFirst({ where: { id: promptId, type: "REFLECTION", ownerId: null }, select: { id: true } });
  if (!p) throw badRequest("That reflection prompt does not exist.", { promptId: "Choose one of the listed prompts, or none." });
}

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function listJournalEntries(userId: string) {
  const rows = await db.journalEntry.findMany({
    where: { userId },
    orderBy: [{ entryDate: "desc" }, { createdAt: "desc" }],
    take: 200,
    select,
  });
  return rows.map(present);
}

export async function createJournalEntry(userId: string, input: JournalInput) {
  await checkPrompt(input.promptId);
  const row = await db.journalEntry.create({
    data: { userId, title: input.title, body: input.body, entryDate: toDate(input.entryDate), promptId: input.promptId },
    select,
  });
  return present(row);
}

export async function updateJournalEntry(userId: string, id: string, input: JournalInput & { version: number }) {
  await checkPrompt(input.promptId);
  const result = await db.journalEntry.updateMany({
    where: { id, userId, version: input.version },
    data: { title: input.title, body: input.body, entryDate: toDate(input.entryDate), promptId: input.promptId, version: { increment: 1 } },
  });
  if (result.count === 0) {
    const exists = await db.journalEntry.findFirst({ where: { id, userId }, select: { id: true } });
    if (!exists) throw notFound("That journal entry does not exist or is not yours.");
    throw conflict("This entry was changed in another tab. Reload to see the latest text.", "stale_version");
  }
  return present(await db.journalEntry.findFirstOrThrow({ where: { id, userId }, select }));
}

export async function deleteJournalEntry(userId: string, id: string) {
  const result = await db.journalEntry.deleteMany({ where: { id, userId } });
  if (result.count === 0) throw notFound("That journal entry does not exist or is not yours.");
}
