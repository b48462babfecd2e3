import { created, route } from "@/lib/server/http";
import { createInterview, listInterviews } from "@/lib/practice/interviews";
import { interviewCreateSchema } from "@/lib/practice/schema";

export const GET = route({}, async ({ user }) => ({ interviews: await listInterviews(user.id) }));

export const POST = route({ body: interviewCreateSchema }, async ({ user, body }) => created({ interview: await createInterview(user.id, body) }));

export * from "@/lib/server/method-not-allowed";
