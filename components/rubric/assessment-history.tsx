"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { type Column, DataTable } from "@/components/ui/data-table";
import { api } from "@/lib/client/api";
import { DOMAINS } from "@/lib/rubric/data";
import { BandBadge } from "./band-badge";
import { type AssessmentPoint } from "./assessment-point";
import { SelfAssessmentForm } from "./self-assessment-form";

const KEYS = ["mlFundamentals", "deepLearning", "systemDesign", "communicationLeadership"] as const;

// recharts is loaded only when the chart is on screen, in its own chunk.
const LazyAssessmentChart = dynamic(() => import("./assessment-chart"), {
  ssr: false,
  loading: () => (
    <p role="status" className="py-10 text-center text-sm text-slate-500 dark:text-slate-400">
      Loading chart…
    </p>
  ),
});

/** The history (newest first): a chart of the scores over time, then a table with notes, edit and delete. */
export function AssessmentHistory({ assessments, today }: { assessments: AssessmentPoint[]; today: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  // Where focus goes after a panel or confirmation closes (never back to <body>).
  const focusTarget = useRef<string | null>(null);
  const setFocusTarget = (target: string) => {
    focusTarget.current = target;
  };
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editHeadingRef = useRef<HTMLHeadingElement>(null);

  // After each render: move focus where the last action asked, once that element is on screen.
  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    const el = target === "heading" ? headingRef.current : document.getElementById(target);
    if (!el) return;
    el.focus();
    focusTarget.current = null;
  });

  useEffect(() => {
    if (editing) editHeadingRef.current?.focus();
  }, [editing]);

  const edited = assessments.find((a) => a.id === editing);

  async function remove(id: string) {
    setMessage(null);
    const res = await api(`/api/self-assessments/${id}`, { method: "DELETE" });
    if (!res.ok) return res.error.message;
    if (editing === id) setEditing(null);
    setMessage({ tone: "success", text: "Assessment deleted." });
    setFocusTarget("heading");
    router.refresh();
  }

  const actions = (a: AssessmentPoint) => (
    <span className="flex items-center gap-1">
      <Button
        id={`edit-${a.id}`}
        variant="ghost"
        className="px-2 py-1"
        aria-label={`Edit the assessment of ${a.assessedOn}`}
        onClick={() => {
          setMessage(null);
          setEditing(a.id);
        }}
      >
        Edit
      </Button>
      <ConfirmDelete
        compact
        trigger="Delete"
        triggerLabel={`Delete the assessment of ${a.assessedOn}`}
        groupLabel={`Confirm deleting the assessment of ${a.assessedOn}`}
        question="Delete?"
        confirm="Delete"
        cancel="Keep"
        onConfirm={() => remove(a.id)}
      />
    </span>
  );

  return (
    <section aria-labelledby="history">
      <h2 id="history" ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        Your assessments
      </h2>
      {message && (
        <div className="mt-3">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      )}
      {assessments.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          None yet. Record your first one to set a baseline.
        </p>
      ) : (
        <>
          <figure className="mt-4" aria-labelledby="assessment-chart-caption">
            <figcaption id="assessment-chart-caption" className="text-sm font-medium">
              Scores over time (0-10)
            </figcaption>
            <LazyAssessmentChart points={[...assessments].reverse()} />
          </figure>
          <div className="mt-3">
            <DataTable
              caption="Your assessments, newest first"
              label="Assessment history"
              rows={assessments}
              rowKey={(a) => a.id}
              detail={(a) =>
                a.note ? (
                  <>
                    <span className="font-medium">Note:</span>{" "}
                    <span className="whitespace-pre-wrap">{a.note}</span>
                  </>
                ) : null
              }
              columns={[
                {
                  header: "Date",
                  cell: (a) => a.assessedOn,
                  sort: (a) => a.assessedOn,
                  className: "whitespace-nowrap",
                },
                ...KEYS.map((k, i): Column<AssessmentPoint> => {
                  const label = DOMAINS[i]?.label ?? k;
                  return {
                    header: label.split(" ")[0] ?? label,
                    title: label,
                    align: "right",
                    cell: (a) => a.scores[k],
                    sort: (a) => a.scores[k],
                  };
                }),
                {
                  header: "Overall",
                  align: "right",
                  className: "font-semibold",
                  cell: (a) => a.overall.toFixed(2),
                  sort: (a) => a.overall,
                },
                { header: "Band", cell: (a) => <BandBadge band={a.band} />, sort: (a) => a.overall },
                { header: "Actions", hideHeader: true, className: "whitespace-nowrap", cell: actions },
              ]}
            />
          </div>
        </>
      )}
      {edited && (
        <section
          aria-labelledby="edit-assessment"
          className="mt-6 rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
        >
          <h3
            id="edit-assessment"
            ref={editHeadingRef}
            tabIndex={-1}
            className="mb-4 font-semibold focus:outline-none"
          >
            Edit the assessment of {edited.assessedOn}
          </h3>
          <SelfAssessmentForm
            key={`${edited.id}-${edited.version}`}
            today={today}
            editing={edited}
            onDone={() => {
              setEditing(null);
              setMessage({ tone: "success", text: "Assessment updated." });
              setFocusTarget(`edit-${edited.id}`);
            }}
            onCancel={() => {
              setEditing(null);
              setFocusTarget(`edit-${edited.id}`);
            }}
          />
        </section>
      )}
    </section>
  );
}
