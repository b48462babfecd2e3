import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { deleteJournalEntry, updateJournalEntry } from "@/lib/practice/journal";
import { idParams, journalUpdateSchema } from "@/lib/practice/schema";

export const PUT = route(
  {
    operationId: "updateJournalEntry",
    summary: "Edit a journal entry",
    response: responses.updateJournalEntry,
    errors: ["stale_version"],
    params: idParams,
    body: journalUpdateSchema,
  },
  async ({ user, params, body }) => ({
    entry: await updateJournalEntry(user.id, params.id, body),
  }),
);

export const DELETE = route(
  {
    operationId: "deleteJournalEntry",
    summary: "Delete a journal entry",
    response: responses.deleteJournalEntry,
    params: idParams,
  },
  async ({ user, params }) => {
    await deleteJournalEntry(user.id, params.id);
    return { ok: true };
  },
);

export * from "@/lib/server/method-not-allowed";
