"use client";
import { type SyntheticEvent, useEffect, useMemo, useRef, useState } from "react";
import { tableHtml } from "./markup";

/** Table cell styles, set once on the table: its rows are one HTML string (markup.ts). */
const tableClass =
  "w-full text-left [&_th]:py-1 [&_th]:pr-3 [&_th]:font-medium [&_td]:py-1 [&_td]:pr-3 [&_td]:tabular-nums [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 dark:[&_tbody_tr]:border-slate-800";

type Rows = readonly (readonly (string | number)[])[];

function Table({ caption, head, rows }: { caption: string; head: readonly string[]; rows: Rows | (() => Rows) }) {
  const html = useMemo(() => tableHtml(caption, head, typeof rows === "function" ? rows() : rows), [caption, head, rows]);
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="mt-2 max-h-80 overflow-auto">
      <table className={tableClass} dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}

/**
 * A table shown on demand: the text alternative of a chart, in a collapsed <details>. The rows
 * arrive as data and the table is built when the details is first opened, so the page's HTML does
 * not carry hundreds of hidden cells and the server does not render them on every view (issue 20).
 * Opened before the page was hydrated (the browser opens a <details> on its own), it is built on
 * hydration. `rows` may be a function (passed by another client component that derives the rows
 * from a chart's data, domain-scores.tsx): it runs only when the table is built.
 */
export function ChartTable({ summary, caption, head, rows }: { summary: string; caption: string; head: readonly string[]; rows: Rows | (() => Rows) }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    // Opened before hydration: the DOM's state, read once.
    if (ref.current?.open) setOpened(true);
  }, []);
  const onToggle = (e: SyntheticEvent<HTMLDetailsElement>) => {
    if (e.currentTarget.open) setOpened(true);
  };
  return (
    <details ref={ref} onToggle={onToggle} className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium text-indigo-700 dark:text-indigo-300">{summary}</summary>
      {opened && <Table caption={caption} head={head} rows={rows} />}
    </details>
  );
}
