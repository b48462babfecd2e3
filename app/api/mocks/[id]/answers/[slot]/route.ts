import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { ANSWER_BODY_LIMIT } from "@/lib/practice/answer";
import { getMockAnswer, saveMockAnswer } from "@/lib/mocks/mocks";
import { mockAutosaveSchema, slotParams } from "@/lib/mocks/schema";
import { emitAnswer } from "@/lib/live/live";

export const GET = route(
  {
    operationId: "getMockAnswer",
    summary: "One answer of a mock interview",
    response: responses.getMockAnswer,
    params: slotParams,
  },
  async ({ user, params }) => getMockAnswer(user.id, params.id, params.slot),
);

/** Autosave: `{ answer, version }` → `{ version, savedAt }`; 409 on a stale version, a closed block or a finished mock. */
export const PUT = route(
  {
    operationId: "saveMockAnswer",
    summary: "Autosave one answer of a mock interview",
    response: responses.saveMockAnswer,
    errors: ["stale_version", "block_closed", "mock_finished"],
    params: slotParams,
    body: mockAutosaveSchema,
    maxBodyBytes: ANSWER_BODY_LIMIT,
  },
  async ({ user, params, body }) => {
    const saved = await saveMockAnswer(user.id, params.id, params.slot, body.answer, body.version);
    // A live mock's interviewer sees each saved version (lib/live): one event per save.
    await emitAnswer(user.id, params.id, params.slot, body.answer, saved.version);
    return saved;
  },
);

export * from "@/lib/server/method-not-allowed";
