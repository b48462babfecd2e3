import { route } from "@/lib/server/http";
import { getQuizRound, getQuizStats } from "@/lib/practice/quiz";

/** A round of micro-quiz questions, due ones first, with the user's totals. */
export const GET = route({}, async ({ user }) => ({ items: await getQuizRound(user.id), stats: await getQuizStats(user.id) }));

export * from "@/lib/server/method-not-allowed";
