import { AppLink } from "@/components/ui/app-link";
import { type Column, DataTable } from "@/components/ui/data-table";
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
    <DataTable
      caption="Self-scores and mentor scores per question"
      label="Mentor scores per question"
      rows={questions}
      rowKey={(q) => String(q.slot)}
      columns={[
        {
          header: "Question",
          cell: (q) => (
            <AppLink href={hrefFor(q)} className="text-indigo-700 hover:underline dark:text-indigo-300">
              {q.slot + 1}. {q.title}
            </AppLink>
          ),
        },
        { header: "Self", align: "right", cell: (q) => fmt2(q.score) },
        ...mentors.map(
          ([id, name]): Column<Q> => ({
            header: name,
            align: "right",
            cell: (q) => fmt2(reviews.find((r) => r.mentorId === id && r.attemptId === q.attemptId)?.average),
          }),
        ),
      ]}
      footer={["Overall", fmt2(selfOverall), ...mentors.map(([id]) => fmt2(overall(id)))]}
    />
  );
}
