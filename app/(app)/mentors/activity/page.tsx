import type { Metadata } from "next";
import Link from "next/link";
import { when } from "@/components/mentors/format";
import { MentorsSubNav } from "@/components/mentors/mentors-subnav";
import { listAccessLog } from "@/lib/mentors/access-log";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Who viewed what" };

const KIND: Record<string, string> = {
  overview: "Shared items list",
  attempt: "Practice attempt",
  mock: "Mock interview",
  progress: "Progress",
  offers: "Offers",
  plan: "Career plan",
};

function linkFor(kind: string, id: string | null) {
  if (kind === "attempt" && id) return `/practice/attempts/${id}`;
  if (kind === "mock" && id) return `/mocks/${id}/report`;
  return null;
}

export default async function AccessLogPage() {
  const user = await requireUser();
  const entries = await listAccessLog(user.id);
  return (
    <div>
      <MentorsSubNav current="/mentors/activity" />
      <h1 className="text-2xl font-bold">Who viewed what</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Every time a mentor opened something of yours, newest first (the latest 200).
      </p>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No mentor has viewed anything of yours yet.
        </p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Access log">
          <table className="w-full text-sm">
            <caption className="sr-only">Mentor views of your data</caption>
            <thead>
              <tr className="text-left">
                <th className="py-2 pr-3">When</th>
                <th className="py-2 pr-3">Mentor</th>
                <th className="py-2 pr-3">What</th>
                <th className="py-2">Item</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const href = linkFor(e.kind, e.itemId);
                return (
                  <tr key={e.id} className="border-t border-slate-200 dark:border-slate-800">
                    <td className="py-2 pr-3 whitespace-nowrap">{when(e.at)}</td>
                    <td className="py-2 pr-3">{e.mentor.name}</td>
                    <td className="py-2 pr-3">{KIND[e.kind] ?? e.kind}</td>
                    <td className="py-2">
                      {href ? (
                        <Link href={href} className="text-indigo-700 hover:underline dark:text-indigo-300">
                          {e.label}
                        </Link>
                      ) : (
                        e.label
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
