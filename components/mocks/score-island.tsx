"use client";
// The mock report's score form, light until it is sent: the report shows up to 16 of them, and
// their react-hook-form forms (with react-hook-form's code) were most of the report's own work
// while it started on a phone (decision 0025, Session 9). Until the first submit this is the same
// form (components/practice/score-fields.tsx) over plain state, so ticks and scores chosen here
// are kept; the submit mounts ScoreForm with them and sends it (lib/client/mount-on-submit.ts).
// The forms are drawn in the browser, one per frame after hydration (lib/client/in-turn.ts): their
// ~60 controls each were two thirds of the report's style and layout in its first long task on a
// phone (decision 0025, Session 14). All sit far below the report's first screen; the space each
// takes is kept for it meanwhile. They cannot be sent without scripts, which the page says there.
import { useState } from "react";
import type { ScoreForm as ScoreFormType } from "@/components/practice/score-form";
import { BlankAnswer, type ScoreDraft, ScoreFieldsView } from "@/components/practice/score-fields";
import { useInTurn } from "@/lib/client/in-turn";
import { FORM_LOAD_FAILED_MESSAGE } from "@/lib/client/lazy-resolver";
import { loadOnce } from "@/lib/client/load-once";
import { useMountOnSubmit } from "@/lib/client/mount-on-submit";

type FormProps = React.ComponentProps<typeof ScoreFormType>;
type Props = Omit<FormProps, "draft" | "label" | "bonusPoints"> & { label: string; bonusPoints: string[] };

const loadScoreForm = loadOnce(() => import("@/components/practice/score-form").then((m) => m.ScoreForm));

export function MockScoreForm(props: Props) {
  if (props.blank) return <BlankAnswer />;
  return <ScoreFormInTurn {...props} />;
}

function ScoreFormInTurn(props: Props) {
  return useInTurn() ? <LightScoreForm {...props} /> : <FormToCome />;
}

/**
 * The form's place until its turn: about its height where scripts run (on a phone the sliders
 * stack: taller), so little moves when it appears; without scripts a line saying why it is missing.
 */
function FormToCome() {
  return (
    <div aria-busy="true" className="[@media(scripting:enabled)]:min-h-[60rem] sm:[@media(scripting:enabled)]:min-h-[36rem]">
      <noscript>
        <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          Scoring an answer needs JavaScript: turn it on in your browser to score this one.
        </p>
      </noscript>
    </div>
  );
}

function LightScoreForm(props: Props) {
  const { keyPoints, bonusPoints, label, initialScores, initialCovered, suggestion } = props;
  const [draft, setDraft] = useState<ScoreDraft>(() => ({ scores: initialScores ?? {}, keyPointsCovered: initialCovered }));
  const { Form, box, sending, failed, preload, submit } = useMountOnSubmit<FormProps>(loadScoreForm);

  if (Form) {
    return (
      <div ref={box}>
        <Form {...props} draft={draft} />
      </div>
    );
  }
  return (
    <div ref={box} onFocusCapture={preload} onPointerDownCapture={preload}>
      <ScoreFieldsView
        keyPoints={keyPoints}
        bonusPoints={bonusPoints}
        label={label}
        scores={draft.scores}
        covered={draft.keyPointsCovered}
        onScores={(scores) => setDraft((d) => ({ ...d, scores }))}
        onCovered={(keyPointsCovered) => setDraft((d) => ({ ...d, keyPointsCovered }))}
        errors={{}}
        suggestion={suggestion}
        message={failed ? { tone: "error", text: FORM_LOAD_FAILED_MESSAGE } : null}
        busy={sending}
        saved={initialScores !== null}
        onSubmit={submit}
      />
    </div>
  );
}
