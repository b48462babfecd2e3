import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { createJournalEntry, listJournalEntries, listReflectionPrompts } from "@/lib/practice/journal";
import { journalCreateSchema } from "@/lib/practice/schema";

export const GET = route(
  {
    operationId: "listJournalEntries",
    summary: "Your journal entries and reflection prompts",
    response: responses.listJournalEntries,
  },
  async ({ user }) => ({
    entries: await listJournalEntries(user.id),
    prompts: await listReflectionPrompts(),
  }),
);

export const POST = route(
  {
    operationId: "createJournalEntry",
    summary: "Write a journal entry",
    response: responses.createJournalEntry,
    status: 201,
    body: journalCreateSchema,
  },
  async ({ user, body }) => created({ entry: await createJournalEntry(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
