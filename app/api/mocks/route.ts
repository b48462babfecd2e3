import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { createMock, listMocks } from "@/lib/mocks/mocks";
import { createMockSchema } from "@/lib/mocks/schema";

/** The user's mocks, newest first, with overall score and band once scored. */
export const GET = route(
  { operationId: "listMocks", summary: "Your mock interviews, newest first", response: responses.listMocks },
  async ({ user }) => ({ mocks: await listMocks(user.id) }),
);

/** Creates a mock from a template (draws its questions, starts the clock): 201 with its state. */
export const POST = route(
  {
    operationId: "createMock",
    summary: "Start a mock interview from a template",
    response: responses.createMock,
    status: 201,
    errors: ["unknown_template", "not_enough_questions", "time_scale_not_allowed"],
    body: createMockSchema,
  },
  async ({ user, body }) => created({ mock: await createMock(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
