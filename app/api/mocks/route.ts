import { created, route } from "@/lib/server/http";
import { createMock, listMocks } from "@/lib/mocks/mocks";
import { createMockSchema } from "@/lib/mocks/schema";

/** The user's mocks, newest first, with overall score and band once scored. */
export const GET = route({}, async ({ user }) => ({ mocks: await listMocks(user.id) }));

/** Creates a mock from a template (draws its questions, starts the clock): 201 with its state. */
export const POST = route({ body: createMockSchema }, async ({ user, body }) => created({ mock: await createMock(user.id, body) }));

export * from "@/lib/server/method-not-allowed";
