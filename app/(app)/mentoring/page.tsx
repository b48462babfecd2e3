import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { day, when } from "@/components/mentors/format";
import { MentorsSubNav } from "@/components/mentors/mentors-subnav";
import { BandBadge } from "@/components/rubric/band-badge";
import { Badge } from "@/components/ui/badge";
import { CardSection } from "@/components/ui/section";
import { mentorDashboard } from "@/lib/mentors/mentees";
import { reviewQueue } from "@/lib/mentors/review-requests";
import { SCOPES } from "@/lib/mentors/scopes";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Mentoring" };

const muted = "text-sm text-slate-600 dark:text-slate-400";
const link = "text-indigo-700 hover:underline dark:text-indigo-300";

export default async function MentoringPage() {
  const user = await requireUser();
  const [{ mentees, activity }, queue] = await Promise.all([mentorDashboard(user.id), reviewQueue(user.id)]);
  return (
    <div>
      <MentorsSubNav current="/mentoring" />
      <h1 className="text-2xl font-bold">Your mentees</h1>
      <p className={`mt-1 mb-6 ${muted}`}>
        People who invited you as their mentor. You see only what each of them shares with you. Someone sent
        you a code?{" "}
        <AppLink href="/invite" className="text-indigo-700 underline dark:text-indigo-300">
          Enter it here
        </AppLink>
        .
      </p>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr] lg:items-start">
        <div className="space-y-6">
          <CardSection id="queue-heading" title="Review queue" gap={0}>
            <p className={`mb-3 ${muted}`}>Oldest first.</p>
            {queue.length === 0 ? (
              <p className={muted}>Nothing is waiting for your review.</p>
            ) : (
              <ol className="divide-y divide-slate-200 dark:divide-slate-800">
                {queue.map((q) => (
                  <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                    <div>
                      <AppLink href={q.link} className={`font-medium ${link}`}>
                        {q.title}
                      </AppLink>
                      <span className="block text-sm text-slate-600 dark:text-slate-400">
                        {q.kind === "mock" ? "Mock interview" : "Practice answer"} from {q.candidate.name}
                        {q.note && <> · “{q.note}”</>}
                      </span>
                    </div>
                    <Badge tone={q.waitedMs >= 3 * 86_400_000 ? "orange" : "slate"}>{q.waited}</Badge>
                  </li>
                ))}
              </ol>
            )}
          </CardSection>
          <CardSection id="mentees-heading" title="Mentees">
            {mentees.length === 0 ? (
              <p className={muted}>
                No mentees yet. When someone sends you an invitation link or code, accept it to start.
              </p>
            ) : (
              <ul className="divide-y divide-slate-200 dark:divide-slate-800">
                {mentees.map((m) => (
                  <li key={m.id} className="py-3">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <AppLink href={`/mentoring/${m.id}`} className={`text-base font-semibold ${link}`}>
                        {m.name}
                      </AppLink>
                      {m.waiting > 0 && <Badge tone="indigo">{m.waiting} waiting for review</Badge>}
                    </div>
                    <p className={muted}>
                      Latest band:{" "}
                      {m.latestBand ? (
                        <>
                          <BandBadge band={m.latestBand.band} /> {m.latestBand.overall} / 10 (
                          {m.latestBand.source === "mock" ? "mock interview" : "self-assessment"},{" "}
                          {day(m.latestBand.on)})
                        </>
                      ) : m.scopes.progress || m.scopes.mocks ? (
                        "no self-assessment or scored mock yet"
                      ) : (
                        "not shared"
                      )}
                      {" · "}Last practice:{" "}
                      {m.lastActivityAt
                        ? when(m.lastActivityAt)
                        : m.scopes.attempts
                          ? "none yet"
                          : "not shared"}
                    </p>
                    <p className="text-xs text-slate-600 dark:text-slate-400">
                      Shares:{" "}
                      {SCOPES.filter((s) => m.scopes[s.key])
                        .map((s) => s.label.toLowerCase())
                        .join(", ") || "only items sent for review"}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </CardSection>
        </div>
        <CardSection id="activity-heading" title="Recent activity">
          {activity.length === 0 ? (
            <p className={muted}>Nothing shared yet.</p>
          ) : (
            <ul className="space-y-3">
              {activity.map((a) => (
                <li key={`${a.kind}-${a.link}`} className="text-sm">
                  <span className="font-medium">{a.menteeName}</span>{" "}
                  {a.kind === "mock" ? "finished a mock interview:" : "answered"}{" "}
                  <AppLink href={a.link} className="text-indigo-700 underline dark:text-indigo-300">
                    {a.title}
                  </AppLink>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{when(a.at)}</span>
                </li>
              ))}
            </ul>
          )}
        </CardSection>
      </div>
    </div>
  );
}
