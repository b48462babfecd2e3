"use client";
// "Challenged me": the question bank's bookmark, as a toggle button (its name stays the same;
// aria-pressed says whether it is on). `title` names the question for screen readers where
// several toggles share a page; `refresh` re-renders the server page (e.g. a report's list).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/client/api";

type Props = { questionId: string; initial: boolean; title?: string; refresh?: boolean };

export function ChallengedToggle({ questionId, initial, title, refresh = false }: Props) {
  const router = useRouter();
  const [on, setOn] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  async function toggle() {
    const next = !on;
    setOn(next);
    const res = await api<{ challenged: boolean }>(`/api/questions/${questionId}/bookmark`, {
      method: "PUT",
      body: { challenged: next },
    });
    if (!res.ok) {
      setOn(!next);
      return setError(res.error.message);
    }
    setError(null);
    if (refresh) router.refresh();
  }
  return (
    <div>
      <button
        type="button"
        aria-pressed={on}
        onClick={() => void toggle()}
        className={`rounded-md border px-3 py-1.5 text-sm font-medium ${
          on
            ? "border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
            : "border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        }`}
      >
        <span aria-hidden="true">{on ? "★ " : "☆ "}</span>
        Challenged me
        {title && <span className="sr-only">: {title}</span>}
      </button>
      {error && <p className="mt-1 text-sm text-red-700 dark:text-red-300">{error}</p>}
    </div>
  );
}
