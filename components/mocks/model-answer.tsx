"use client";
// A mock report's "Show the model answer", sent when it is opened: the report has up to 16, each
// a Markdown text with highlighted code, and carrying them all (as HTML and again in the page's
// payload) made most of the report's document (decision 0025, Session 11). Opening one fetches its
// HTML (GET /api/mocks/[id]/answers/[slot]/model-answer, which records nothing); its key points
// (already on the page for the score form) are drawn then too. One opened before this code ran is
// fetched once it has (no toggle is lost). Without scripts the link asks the server for the
// report with that model answer in it, open (`?model=<slot>`).
import { useEffect, useRef, useState } from "react";
import { KeyPointList } from "@/components/questions/key-point-list";
import { Alert } from "@/components/ui/alert";
import { api } from "@/lib/client/api";

type Props = {
  /** The details element's id (the no-script link's target). */
  id: string;
  url: string;
  /** The report with this model answer in it, for a browser without scripts. */
  noScriptHref: string;
  /** The model answer's HTML when the server sent it (the no-script link's page), else null. */
  html: string | null;
  keyPoints: string[];
  bonusPoints: string[];
};

export function ModelAnswer({ id, url, noScriptHref, html: sent, keyPoints, bonusPoints }: Props) {
  const [opened, setOpened] = useState(sent !== null);
  const [html, setHtml] = useState(sent);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);

  function load() {
    if (!details.current?.open) return;
    setOpened(true);
    if (html !== null || busy) return;
    setBusy(true);
    setError(null);
    void api<{ modelAnswer: { html: string } }>(url).then((res) => {
      setBusy(false);
      if (res.ok) setHtml(res.data.modelAnswer.html);
      else setError(`The model answer could not be loaded: ${res.error.message} Close and open it to try again.`);
    });
  }

  // Opened before hydration: its toggle event came before React listened; replay it.
  useEffect(() => {
    if (details.current?.open) details.current.dispatchEvent(new Event("toggle"));
  }, []);

  return (
    <details id={id} ref={details} className="mt-3" open={sent !== null || undefined} onToggle={load}>
      <summary className="cursor-pointer text-sm font-medium text-indigo-700 dark:text-indigo-300">
        Show the model answer
      </summary>
      <div className="mt-2 space-y-3" aria-busy={busy}>
        {opened && keyPoints.length > 0 && <KeyPointList keyPoints={keyPoints} bonusPoints={bonusPoints} />}
        {html !== null ? (
          <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />
        ) : error ? (
          <Alert tone="error">{error}</Alert>
        ) : (
          <p className="text-sm">
            {busy ? (
              "Loading the model answer…"
            ) : (
              <a href={noScriptHref} className="text-indigo-700 underline dark:text-indigo-300">
                Load the model answer
              </a>
            )}
          </p>
        )}
      </div>
    </details>
  );
}
