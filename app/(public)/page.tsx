import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth";
import { HOME_PATH } from "@/lib/navigation";

export const dynamic = "force-dynamic";

const features = [
  {
    title: "A question bank with model answers",
    body: "Technical, behavioural (STAR), system design, coding, business cases and salary negotiation, each with key evaluation points and a model answer you reveal when you are ready.",
  },
  {
    title: "Timed practice and a full 3-hour mock",
    body: "Single questions against the clock, or the complete four-session simulation with breaks and per-question timers. Answers autosave; a reload or another device resumes exactly where you were.",
  },
  {
    title: "Scores that show where to practise next",
    body: "Self-score on a four-point rubric, see your readiness band over time, and let a mentor review the answers you share with them.",
  },
  {
    title: "Offers and a five-year plan",
    body: "Compare offers year by year in a weighted worksheet against market bands, and track a career plan with milestones and a learning log.",
  },
];

export default async function LandingPage() {
  if (await getCurrentUser()) redirect(HOME_PATH);
  return (
    <div className="mx-auto max-w-6xl px-4 py-16">
      <section className="max-w-3xl">
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">
          Prepare for AI/ML engineering interviews, deliberately.
        </h1>
        <p className="mt-4 text-lg text-slate-600 dark:text-slate-300">
          PrepLoop turns interview preparation into a loop you can measure: practise under real time limits,
          score yourself against a clear rubric, review what you missed, and plan the next step of your career.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link
            href="/sign-up"
            className="rounded-md bg-indigo-600 px-5 py-2.5 font-medium text-white hover:bg-indigo-500"
          >
            Create a free account
          </Link>
          <Link
            href="/sign-in"
            className="rounded-md border border-slate-300 px-5 py-2.5 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Sign in
          </Link>
        </div>
      </section>
      <section aria-labelledby="what" className="mt-16">
        <h2 id="what" className="sr-only">
          What PrepLoop does
        </h2>
        <ul className="grid gap-6 sm:grid-cols-2">
          {features.map((f) => (
            <li
              key={f.title}
              className="rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
            >
              <h3 className="font-semibold">{f.title}</h3>
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">{f.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
