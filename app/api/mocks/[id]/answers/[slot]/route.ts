import { route } from "@/lib/server/http";
import { ANSWER_BODY_LIMIT } from "@/lib/practice/answer";
import { getMockAnswer, saveMockAnswer } from "@/lib/mocks/mocks";
import { mockAutosaveSchema, slotParams } from "@/lib/mocks/schema";

export const GET = route({ params: slotParams }, async ({ user, params }) => getMockAnswer(user.id, params.id, params.slot));

/** Autosave: `{ answer, version }` → `{ version, savedAt }`; 409 on a stale version, a closed block or a finished mock. */
export const PUT = route({ params: slotParams, body: mockAutosaveSchema, maxBodyBytes: ANSWER_BODY_LIMIT }, async ({ user, params, body }) =>
  saveMockAnswer(user.id, params.id, params.slot, body.answer, body.version),
);

export * from "@/lib/server/method-not-allowed";
