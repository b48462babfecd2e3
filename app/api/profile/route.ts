import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { profileUpdateSchema } from "@/lib/accounts/schema";
import { getProfile, updateProfile } from "@/lib/accounts/profile";

export const GET = route(
  { operationId: "getProfile", summary: "Your profile", response: responses.getProfile },
  async ({ user }) => ({ profile: await getProfile(user.id) }),
);

export const PUT = route(
  {
    operationId: "updateProfile",
    summary: "Edit your profile",
    response: responses.updateProfile,
    errors: ["stale_version"],
    body: profileUpdateSchema,
  },
  async ({ user, body }) => ({
    profile: await updateProfile(user.id, body),
  }),
);

export * from "@/lib/server/method-not-allowed";
