import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { emitCandidateClock } from "@/lib/live/live";
import { pauseMock } from "@/lib/mocks/mocks";
import { mockParams, pauseSchema } from "@/lib/mocks/schema";
import { clockQuery } from "@/lib/practice/schema";

/** Pauses the mock's clock: `user` (stays paused) or `left` (the page was left). */
export const POST = route(
  {
    operationId: "pauseMock",
    summary: "Pause a mock interview's clock",
    response: responses.pauseMock,
    params: mockParams,
    body: pauseSchema,
    query: clockQuery,
  },
  async ({ user, params, body, query }) => {
    const mock = await pauseMock(user.id, params.id, body.reason, query.page);
    // In a live mock the interviewer hears of it at once ("candidate left the page").
    await emitCandidateClock(user.id, params.id, body.reason === "left" ? "left" : "pause", mock, query.page);
    return { mock };
  },
);

export * from "@/lib/server/method-not-allowed";
