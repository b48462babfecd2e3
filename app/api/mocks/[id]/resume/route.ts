import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { resumeMock } from "@/lib/mocks/mocks";
import { mockParams } from "@/lib/mocks/schema";

export const POST = route(
  {
    operationId: "resumeMock",
    summary: "Resume a mock interview's clock",
    response: responses.resumeMock,
    params: mockParams,
  },
  async ({ user, params }) => ({ mock: await resumeMock(user.id, params.id) }),
);

export * from "@/lib/server/method-not-allowed";
