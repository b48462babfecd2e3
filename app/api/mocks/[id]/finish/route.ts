import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { finishMock } from "@/lib/mocks/mocks";
import { mockParams } from "@/lib/mocks/schema";

/** Finishes the mock (early); finishing again returns it unchanged. */
export const POST = route(
  {
    operationId: "finishMock",
    summary: "Finish a mock interview",
    response: responses.finishMock,
    params: mockParams,
  },
  async ({ user, params }) => ({ mock: await finishMock(user.id, params.id) }),
);

export * from "@/lib/server/method-not-allowed";
