import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { when } from "@/components/mentors/format";
import { DataTable } from "@/components/ui/data-table";
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
        <DataTable
          caption="Mentor views of your data"
          label="Access log"
          rows={entries}
          rowKey={(e) => e.id}
          columns={[
            { header: "When", cell: (e) => when(e.at), sort: (e) => e.at, className: "whitespace-nowrap" },
            { header: "Mentor", cell: (e) => e.mentor.name, sort: (e) => e.mentor.name },
            { header: "What", cell: (e) => KIND[e.kind] ?? e.kind, sort: (e) => KIND[e.kind] ?? e.kind },
            {
              header: "Item",
              sort: (e) => e.label,
              cell: (e) => {
                const href = linkFor(e.kind, e.itemId);
                return href ? (
                  <AppLink href={href} className="text-indigo-700 hover:underline dark:text-indigo-300">
                    {e.label}
                  </AppLink>
                ) : (
                  e.label
                );
              },
            },
          ]}
        />
      )}
    </div>
  );
}
