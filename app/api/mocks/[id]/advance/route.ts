import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { advanceMock } from "@/lib/mocks/mocks";
import { advanceSchema, mockParams } from "@/lib/mocks/schema";

/** Ends the current block early or skips the break (`{ from }`: the stage being left). */
export const POST = route(
  {
    operationId: "advanceMock",
    summary: "End the current block early or skip the break",
    response: responses.advanceMock,
    errors: ["move_outside_block", "mock_finished"],
    params: mockParams,
    body: advanceSchema,
  },
  async ({ user, params, body }) => ({
    mock: await advanceMock(user.id, params.id, body.from),
  }),
);

export * from "@/lib/server/method-not-allowed";
