import Link from "next/link";
import { type ReviewView } from "@/lib/mentors/reviews";
import { fmt2 } from "./format";

type Q = { slot: number; attemptId: string; title: string; score: number | null };

/** Per question: the self-score and each mentor's average, with every mentor's overall (mean over the answers they reviewed). */
export function MockMentorTable({
  questions,
  reviews,
  hrefFor,
}: {
  questions: Q[];
  reviews: (ReviewView & { attemptId: string })[];
  hrefFor: (q: Q) => string;
}) {
  const mentors = [...new Map(reviews.map((r) => [r.mentorId, r.mentorName])).entries()];
  const overall = (mentorId: string) => {
    const mine = reviews.filter((r) => r.mentorId === mentorId);
    return mine.length ? mine.reduce((a, r) => a + r.average, 0) / mine.length : null;
  };
  const selfScored = questions.filter((q) => q.score !== null);
  const selfOverall = selfScored.length
    ? selfScored.reduce((a, q) => a + q.score!, 0) / selfScored.length
    : null;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Mentor scores per question">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Self-scores and mentor scores per question</caption>
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Question
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              Self
            </th>
            {mentors.map(([id, name]) => (
              <th key={id} scope="col" className="py-2 pr-4 text-right font-medium">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {questions.map((q) => (
            <tr key={q.slot}>
              <td className="py-2 pr-4">
                <Link href={hrefFor(q)} className="text-indigo-700 hover:underline dark:text-indigo-300">
                  {q.slot + 1}. {q.title}
                </Link>
              </td>
              <td className="py-2 pr-4 text-right tabular-nums">{fmt2(q.score)}</td>
              {mentors.map(([id]) => (
                <td key={id} className="py-2 pr-4 text-right tabular-nums">
                  {fmt2(reviews.find((r) => r.mentorId === id && r.attemptId === q.attemptId)?.average)}
                </td>
              ))}
            </tr>
          ))}
          <tr className="font-semibold">
            <th scope="row" className="py-2 pr-4 text-left">
              Overall
            </th>
            <td className="py-2 pr-4 text-right tabular-nums">{fmt2(selfOverall)}</td>
            {mentors.map(([id]) => (
              <td key={id} className="py-2 pr-4 text-right tabular-nums">
                {fmt2(overall(id))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
