import { route } from "@/lib/server/http";
import { profileUpdateSchema } from "@/lib/accounts/schema";
import { getProfile, updateProfile } from "@/lib/accounts/profile";

export const GET = route({}, async ({ user }) => ({ profile: await getProfile(user.id) }));

export const PUT = route({ body: profileUpdateSchema }, async ({ user, body }) => ({
  profile: await updateProfile(user.id, body),
}));

export * from "@/lib/server/method-not-allowed";
