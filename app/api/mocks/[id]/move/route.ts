import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { moveInMock } from "@/lib/mocks/mocks";
import { mockParams, moveSchema } from "@/lib/mocks/schema";

/** Moves to another question of the current block (`{ slot }`); 422 outside it. */
export const POST = route(
  {
    operationId: "moveInMock",
    summary: "Move to another question of the current block",
    response: responses.moveInMock,
    errors: ["move_outside_block", "mock_finished"],
    params: mockParams,
    body: moveSchema,
  },
  async ({ user, params, body }) => ({
    mock: await moveInMock(user.id, params.id, body.slot),
  }),
);

export * from "@/lib/server/method-not-allowed";
