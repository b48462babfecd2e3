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
import { ScrollArea } from "@/components/ui/scroll-area";

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
      <ScrollArea label="Recent learning entries table">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Recent learning entries</caption>
          <thead className="border-b border-slate-200 dark:border-slate-700">
            <tr>
              <th scope="col" className="py-2 pr-3">
                Date
              </th>
              <th scope="col" className="py-2 pr-3">
                Category
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                Hours
              </th>
              <th scope="col" className="py-2 pr-3">
                Note
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="border-b border-slate-100 dark:border-slate-800">
                <td className="py-2 pr-3 whitespace-nowrap">{formatDate(e.date)}</td>
                <td className="py-2 pr-3">{learningCategoryName(e.category)}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{formatHours(e.minutes)}</td>
                <td className="py-2 pr-3">{e.note}</td>
                <td className="py-2 text-right">
                  <Button
                    variant="ghost"
                    onClick={() => void remove(e.id)}
                    aria-label={`Delete ${formatHours(e.minutes)} h on ${formatDate(e.date)}`}
                  >
                    Delete
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </div>
  );
}
