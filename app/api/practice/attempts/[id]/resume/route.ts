import { route } from "@/lib/server/http";
import { resumeAttempt } from "@/lib/practice/attempts";
import { idParams } from "@/lib/practice/schema";

/** Resumes the attempt's clock (idempotent; no effect once submitted). */
export const POST = route({ params: idParams }, async ({ user, params }) => ({ attempt: await resumeAttempt(user.id, params.id) }));

export * from "@/lib/server/method-not-allowed";
