import { getProgress } from "@/lib/progress/get-progress";
import { progressQuerySchema } from "@/lib/progress/schema";
import { route } from "@/lib/server/http";

export const GET = route({ query: progressQuerySchema }, async ({ user }) => getProgress(user.id));

export * from "@/lib/server/method-not-allowed";
