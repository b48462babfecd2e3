"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { learningCategoryName } from "@/lib/plan/content";
import { formatDate } from "@/lib/calendar/dates";
import { formatHours } from "@/lib/plan/learning-totals";
import type { LearningEntry } from "@/lib/plan/types";
import { DataTable } from "@/components/ui/data-table";

export function LearningEntries({ entries }: { entries: LearningEntry[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function remove(id: string) {
    setError(null);
    const res = await api(`/api/learning/${id}`, { method: "DELETE" });
    if (!res.ok && res.error.status !== 404) setError(res.error.message);
    router.refresh();
  }

  if (entries.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Nothing logged yet. Log your first hours above.
      </p>
    );
  }
  return (
    <div className="space-y-2">
      {error && <Alert tone="error">{error}</Alert>}
      <DataTable
        caption="Recent learning entries"
        label="Recent learning entries table"
        rows={entries}
        rowKey={(e) => e.id}
        columns={[
          { header: "Date", cell: (e) => formatDate(e.date), sort: (e) => e.date, className: "whitespace-nowrap" },
          { header: "Category", cell: (e) => learningCategoryName(e.category), sort: (e) => learningCategoryName(e.category) },
          { header: "Hours", cell: (e) => formatHours(e.minutes), sort: (e) => e.minutes, align: "right" },
          { header: "Note", cell: (e) => e.note, sort: (e) => e.note },
          {
            header: "Actions",
            hideHeader: true,
            align: "right",
            cell: (e) => (
              <Button
                variant="ghost"
                onClick={() => void remove(e.id)}
                aria-label={`Delete ${formatHours(e.minutes)} h on ${formatDate(e.date)}`}
              >
                Delete
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
