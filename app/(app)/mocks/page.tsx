import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { MockList } from "@/components/mocks/mock-list";
import { NewMockForm } from "@/components/mocks/new-mock-form";
import { buttonClass } from "@/components/ui/button";
import { listMocks, listTemplates } from "@/lib/mocks/mocks";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Mock interview" };

const card = "rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900";

export default async function MocksPage() {
  const user = await requireUser();
  const mocks = await listMocks(user.id);
  const running = mocks.find((m) => m.status === "in-progress");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Mock interview</h1>
      {running && (
        <div role="status" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-indigo-300 bg-indigo-50 p-4 dark:border-indigo-700 dark:bg-indigo-950">
          <p className="text-sm">
            <strong>{running.title}</strong> is in progress (started {running.startedAt.slice(0, 10)}).
          </p>
          <AppLink href={`/mocks/${running.id}`} className={buttonClass("primary")}>
            Continue the mock
          </AppLink>
        </div>
      )}
      <section aria-labelledby="new-mock-heading" className={card}>
        <h2 id="new-mock-heading" className="mb-1 text-lg font-semibold">
          Start a mock interview
        </h2>
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
          The guide&apos;s complete simulation is four sessions. The guide calls it 3 hours: that is the time for questions; with its three 10-minute breaks it takes 3 h 30 min in all. The shorter rounds are one session each.
          Afterwards you score each answer on the four evaluation points and get a report with your readiness band.
        </p>
        <NewMockForm templates={listTemplates()} />
      </section>
      <section aria-labelledby="live-mock-heading" className={card}>
        <h2 id="live-mock-heading" className="mb-1 text-lg font-semibold">
          With a mentor, live
        </h2>
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          Invite one of your mentors to run a mock as your interviewer: they watch your answers as you write, send follow-up questions and hints, and score each question as you go.
        </p>
        <AppLink href="/live" className={buttonClass("secondary")}>
          Live mock interviews
        </AppLink>
      </section>
      <section aria-labelledby="past-mocks-heading" className={card}>
        <h2 id="past-mocks-heading" className="mb-3 text-lg font-semibold">
          Your mock interviews
        </h2>
        {mocks.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            None yet. Start with a short round above (the 30-minute behavioural round is a gentle first one); your results and bands will be listed here.
          </p>
        ) : (
          <MockList mocks={mocks} />
        )}
      </section>
    </div>
  );
}
