import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { getMockState } from "@/lib/mocks/mocks";
import { mockParams } from "@/lib/mocks/schema";

/** The mock's state; reading it also advances past a block whose time is up. */
export const GET = route(
  {
    operationId: "getMock",
    summary: "A mock interview's state (settles its clock)",
    response: responses.getMock,
    params: mockParams,
  },
  async ({ user, params }) => ({ mock: await getMockState(user.id, params.id) }),
);

export * from "@/lib/server/method-not-allowed";
