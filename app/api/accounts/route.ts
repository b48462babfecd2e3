import { created, route } from "@/lib/server/http";
import { signUpSchema } from "@/lib/accounts/schema";
import { createUser } from "@/lib/accounts/create-user";

/** Sign up: creates an account; the client then signs in through next-auth. */
export const POST = route({ auth: false, body: signUpSchema }, async ({ body }) => {
  const user = await createUser(body);
  return created({ user });
});

export * from "@/lib/server/method-not-allowed";
