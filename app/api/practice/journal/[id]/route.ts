import { route } from "@/lib/server/http";
import { deleteJournalEntry, updateJournalEntry } from "@/lib/practice/journal";
import { idParams, journalUpdateSchema } from "@/lib/practice/schema";

export const PUT = route({ params: idParams, body: journalUpdateSchema }, async ({ user, params, body }) => ({
  entry: await updateJournalEntry(user.id, params.id, body),
}));

export const DELETE = route({ params: idParams }, async ({ user, params }) => {
  await deleteJournalEntry(user.id, params.id);
  return { ok: true };
});

export * from "@/lib/server/method-not-allowed";
