import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { pauseMock } from "@/lib/mocks/mocks";
import { mockParams, pauseSchema } from "@/lib/mocks/schema";

/** Pauses the mock's clock: `user` (stays paused) or `left` (the page was left). */
export const POST = route(
  {
    operationId: "pauseMock",
    summary: "Pause a mock interview's clock",
    response: responses.pauseMock,
    params: mockParams,
    body: pauseSchema,
  },
  async ({ user, params, body }) => ({
    mock: await pauseMock(user.id, params.id, body.reason),
  }),
);

export * from "@/lib/server/method-not-allowed";
