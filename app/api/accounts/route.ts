import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { signUpSchema } from "@/lib/accounts/schema";
import { createUser } from "@/lib/accounts/create-user";
import { clientAddress } from "@/lib/server/client-address";

/** Sign up: creates an account; the client then signs in through next-auth. 429 past the per-address limit. */
export const POST = route(
  {
    operationId: "signUp",
    summary: "Create an account",
    response: responses.signUp,
    status: 201,
    errors: ["email_taken", "too_many_attempts"],
    auth: false,
    body: signUpSchema,
  },
  async ({ req, body }) => {
    const user = await createUser(body, clientAddress(req.headers));
    return created({ user });
  },
);

export * from "@/lib/server/method-not-allowed";
