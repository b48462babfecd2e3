import { created, route } from "@/lib/server/http";
import { createJournalEntry, listJournalEntries, listReflectionPrompts } from "@/lib/practice/journal";
import { journalCreateSchema } from "@/lib/practice/schema";

export const GET = route({}, async ({ user }) => ({
  entries: await listJournalEntries(user.id),
  prompts: await listReflectionPrompts(),
}));

export const POST = route({ body: journalCreateSchema }, async ({ user, body }) => created({ entry: await createJournalEntry(user.id, body) }));

export * from "@/lib/server/method-not-allowed";
