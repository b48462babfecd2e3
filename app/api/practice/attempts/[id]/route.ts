import { route } from "@/lib/server/http";
import { ANSWER_BODY_LIMIT } from "@/lib/practice/answer";
import { getAttempt, saveAnswer } from "@/lib/practice/attempts";
import { autosaveSchema, idParams } from "@/lib/practice/schema";

export const GET = route({ params: idParams }, async ({ user, params }) => ({ attempt: await getAttempt(user.id, params.id) }));

/** Autosave: `{ answer, version }` → `{ version, savedAt }`; 409 on a stale version or after submission. */
export const PUT = route({ params: idParams, body: autosaveSchema, maxBodyBytes: ANSWER_BODY_LIMIT }, async ({ user, params, body }) =>
  saveAnswer(user.id, params.id, body.answer, body.version),
);

export * from "@/lib/server/method-not-allowed";
