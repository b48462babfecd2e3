"use client";
// The answer editor for one answer format: Markdown with a preview, STAR fields, or code.
// Generic: it knows nothing about attempts, so the mock interview can reuse it.
import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { inputClass } from "@/components/ui/field";
import { Markdown } from "@/components/ui/markdown";
import { type Answer, type AnswerFormat, type CodeAnswer, type MarkdownAnswer, STAR_FIELDS, type StarAnswer } from "@/lib/practice/answer";

const CodeEditor = dynamic(() => import("./code-editor"), {
  ssr: false,
  loading: () => <p className="rounded-md border border-slate-300 p-4 text-sm text-slate-500 dark:border-slate-600 dark:text-slate-400">Loading the code editor…</p>,
});

type Props = {
  format: AnswerFormat;
  value: Answer;
  onChange: (value: Answer) => void;
  readOnly?: boolean;
  /** Change it when `value` is replaced from outside (the code editor is uncontrolled). */
  revision?: number;
};

export function AnswerEditor({ format, value, onChange, readOnly = false, revision = 0 }: Props) {
  if (format === "STAR") return <StarEditor value={value as StarAnswer} onChange={onChange} readOnly={readOnly} />;
  if (format === "CODE") {
    return (
      <div>
        <p className="mb-1 text-sm font-medium">Your code (Python)</p>
        <CodeEditor key={revision} initialValue={(value as CodeAnswer).code} onChange={(code) => onChange({ code })} label="Your code" readOnly={readOnly} />
      </div>
    );
  }
  return <MarkdownEditor value={value as MarkdownAnswer} onChange={onChange} readOnly={readOnly} />;
}

function MarkdownEditor({ value, onChange, readOnly }: { value: MarkdownAnswer; onChange: (v: Answer) => void; readOnly: boolean }) {
  const [tab, setTab] = useState<"write" | "preview">("write");
  const id = useId();
  const tabClass = (active: boolean) =>
    `rounded-t-md px-3 py-1.5 text-sm font-medium ${
      active ? "border border-b-0 border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-900" : "text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
    }`;
  return (
    <div>
      <div className="flex items-end justify-between">
        <label htmlFor={`${id}-text`} className="mb-1 block text-sm font-medium">
          Your answer (Markdown)
        </label>
        <div role="tablist" aria-label="Answer view" className="flex gap-1">
          <button type="button" role="tab" aria-selected={tab === "write"} aria-controls={`${id}-write`} className={tabClass(tab === "write")} onClick={() => setTab("write")}>
            Write
          </button>
          <button type="button" role="tab" aria-selected={tab === "preview"} aria-controls={`${id}-preview`} className={tabClass(tab === "preview")} onClick={() => setTab("preview")}>
            Preview
          </button>
        </div>
      </div>
      <div id={`${id}-write`} role="tabpanel" hidden={tab !== "write"}>
        <textarea
          id={`${id}-text`}
          value={value.text}
          readOnly={readOnly}
          onChange={(e) => onChange({ text: e.target.value })}
          rows={14}
          className={`${inputClass} font-mono`}
          placeholder="Structure your answer: clarify, outline, go deep, trade-offs. Markdown works: **bold**, lists, ```code```."
        />
      </div>
      <div id={`${id}-preview`} role="tabpanel" aria-label="Preview" hidden={tab !== "preview"} className="min-h-40 rounded-md border border-slate-300 bg-white p-4 dark:border-slate-600 dark:bg-slate-900">
        {value.text.trim() ? <Markdown>{value.text}</Markdown> : <p className="text-sm text-slate-500 dark:text-slate-400">Nothing to preview yet.</p>}
      </div>
    </div>
  );
}

function StarEditor({ value, onChange, readOnly }: { value: StarAnswer; onChange: (v: Answer) => void; readOnly: boolean }) {
  const id = useId();
  return (
    <fieldset className="space-y-4">
      <legend className="mb-1 text-sm font-medium">Your answer, in STAR form</legend>
      {STAR_FIELDS.map((f) => (
        <div key={f.key}>
          <label htmlFor={`${id}-${f.key}`} className="block text-sm font-medium">
            {f.label}
          </label>
          <p id={`${id}-${f.key}-hint`} className="mb-1 text-xs text-slate-500 dark:text-slate-400">
            {f.hint}
          </p>
          <textarea
            id={`${id}-${f.key}`}
            aria-describedby={`${id}-${f.key}-hint`}
            value={value[f.key]}
            readOnly={readOnly}
            onChange={(e) => onChange({ ...value, [f.key]: e.target.value })}
            rows={f.key === "action" ? 6 : 3}
            className={inputClass}
          />
        </div>
      ))}
    </fieldset>
  );
}
