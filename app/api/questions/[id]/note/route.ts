import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { noteSchema, questionIdParams } from "@/lib/questions/schema";
import { saveNote } from "@/lib/questions/user-state";

/** The user's private note on a question (versioned: a stale version answers 409). */
export const PUT = route(
  {
    operationId: "saveQuestionNote",
    summary: "Save your private note on a question",
    response: responses.saveQuestionNote,
    errors: ["stale_version"],
    params: questionIdParams,
    body: noteSchema,
  },
  async ({ user, params, body }) => saveNote(user.id, params.id, body.note, body.version),
);

export * from "@/lib/server/method-not-allowed";
