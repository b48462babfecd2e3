import type { Metadata } from "next";
import { PracticeSubnav } from "@/components/practice/practice-subnav";
import { QuizRound } from "@/components/practice/quiz-round";
import { getQuizRound, getQuizStats } from "@/lib/practice/quiz";
import { requireUser } from "@/lib/server/page";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Micro-quiz" };

export default async function QuizPage() {
  const user = await requireUser();
  const [items, stats] = await Promise.all([getQuizRound(user.id, 5), getQuizStats(user.id)]);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Micro-quiz</h1>
      <PracticeSubnav current="/practice/quiz" />
      <p className="mb-4 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
        Short questions from the guide&apos;s micro-quiz and common confusions, five at a time, due ones first. Answer in your head or in the
        box, reveal, then say honestly whether you knew it. {stats.all > 0 ? `So far you knew ${stats.knew} of ${stats.all} (${stats.weekKnew} of ${stats.week} this week).` : ""}
      </p>
      <Card>
        <QuizRound items={items} />
      </Card>
    </div>
  );
}
