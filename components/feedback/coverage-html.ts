// The coverage panel's content as an HTML tree (hast), for components/feedback/coverage-panel.tsx
// to send as one element's inner HTML: the browser parses the same markup as before, but React
// neither carries its ~40 elements per panel in the page's payload nor hydrates them (issue 20: the
// mock report shows up to 16 panels, half of its elements). Every text is a text node, escaped by
// hast-util-to-html; nothing from the answer becomes markup. tests/unit/coverage-html.test.ts checks
// the tree renders exactly the markup the JSX panel rendered (tests/unit/fixtures/coverage-panel-base.json).
import type { Element, ElementContent, Properties } from "hast";
import { badgeClass } from "@/components/ui/badge";
import { type AnswerField } from "@/lib/feedback/types";
import { evidenceRanges, highlightSegments } from "@/lib/feedback/highlight";
import { type FeedbackView } from "@/lib/feedback/stored";
import { type Answer } from "@/lib/practice/answer";
import { BONUS_SHARE, MUST_HAVE_SHARE } from "@/lib/questions/key-points";

type Child = ElementContent | string | false | null | undefined;

/** Attributes as React writes them (className a string, kept exactly, trailing space and all). */
type Attributes = Record<string, string | number>;

function el(tagName: string, attributes: Attributes, ...children: Array<Child | Child[]>): Element {
  const content: ElementContent[] = [];
  for (const c of children.flat()) {
    if (typeof c === "string") {
      if (c !== "") content.push({ type: "text", value: c });
    } else if (c) content.push(c);
  }
  return { type: "element", tagName, properties: attributes as Properties, children: content };
}

type Tone = "good" | "part" | "none";

// The elements repeated for every key point, STAR part, component and marked passage carry one
// short class each (.cov-* in app/globals.css, the same Tailwind utilities applied there): the
// panel is sent twice (its HTML and the page's payload), and their utility lists were half of it.
// Tones: .cov-good/.cov-part/.cov-none colour a status's label; .status-icon-* its icon.

// components/ui/badge.tsx's indigo badge (the panel's only badge: "Bonus").
const BONUS_BADGE = badgeClass("indigo");

/**
 * ✓ covered, ◐ partly, ✗ missing: shape and text carry the meaning; colour only repeats it. Each
 * is a CSS mask in its tone's colour (.status-icon in app/globals.css): a short empty <span> where
 * an inline SVG was ~300 bytes, sent twice (the HTML and the page's payload) for every key point.
 */
function statusIcon(tone: Tone): Element {
  return el("span", { className: `status-icon status-icon-${tone}`, ariaHidden: "true" });
}

function status(tone: Tone, label: string, ...children: Child[]): Element {
  return el(
    "div",
    { className: "cov-row" },
    statusIcon(tone),
    el("div", { className: "cov-body" }, el("span", { className: `cov-label cov-${tone}` }, label), ...children),
  );
}

const KP_STATUS = {
  covered: { tone: "good", label: "Covered" },
  partly: { tone: "part", label: "Partly covered" },
  missing: { tone: "none", label: "Missing" },
} as const;

const STAR_STATUS = {
  present: { tone: "good", label: "Present" },
  thin: { tone: "part", label: "Thin (under 8 words)" },
  missing: { tone: "none", label: "Missing" },
} as const;

const COMPONENT_STATUS = {
  named: { tone: "good", label: "Named" },
  mentioned: { tone: "part", label: "Mentioned once" },
  missing: { tone: "none", label: "Missing" },
} as const;

const STAR_LABEL = { situation: "Situation", task: "Task", action: "Action", result: "Result" } as const;
const FIELD_LABEL: Record<AnswerField, string> = { text: "", code: "", ...STAR_LABEL };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const quote = (text: string) =>
  el(
    "blockquote",
    { className: "cov-quote" },
    text.length > 220 ? `${text.slice(0, 217)}…` : text,
  );

function lengthText(l: FeedbackView["length"]): { tone: Tone; label: string; detail: string } {
  const range = `${l.minWords.toLocaleString("en-GB")}–${l.maxWords.toLocaleString("en-GB")} words suits ${plural(l.allocatedMinutes, "minute")}`;
  const words = plural(l.words, "word");
  switch (l.verdict) {
    case "empty":
      return { tone: "none", label: "Empty", detail: `Nothing was written (${range}).` };
    case "too-short":
      return { tone: "part", label: "Too short", detail: `${words}: too little to cover the question in the time (${range}).` };
    case "too-long":
      return { tone: "part", label: "A wall of text", detail: `${words}: more than can be said in the time (${range}).` };
    default:
      return { tone: "good", label: "About right", detail: `${words} (${range}).` };
  }
}

/** The answer's text with each key point's evidence marked and numbered (1-based, as in the list). */
function markedAnswer(feedback: FeedbackView, answer: Answer): Element {
  const fields: Array<{ field: AnswerField; text: string }> =
    feedback.format === "STAR"
      ? (["situation", "task", "action", "result"] as const).map((f) => ({ field: f, text: (answer as Record<string, string>)[f] ?? "" }))
      : feedback.format === "CODE"
        ? [{ field: "code", text: (answer as { code: string }).code }]
        : [{ field: "text", text: (answer as { text: string }).text }];
  return el(
    "div",
    { className: "mt-2 space-y-3" },
    fields.map(({ field, text }) =>
      el(
        "div",
        {},
        FIELD_LABEL[field] && el("p", { className: "text-sm font-semibold" }, FIELD_LABEL[field]),
        el(
          "p",
          { className: `whitespace-pre-wrap break-words text-sm ${field === "code" ? "font-mono" : ""}` },
          text.trim() === ""
            ? el("span", { className: "text-slate-500 dark:text-slate-400" }, "(empty)")
            : highlightSegments(text, evidenceRanges(feedback, field)).map((s) =>
                s.keyPoints.length === 0
                  ? el("span", {}, s.text)
                  : el(
                      "mark",
                      { className: "cov-mark" },
                      s.text,
                      el(
                        "sup",
                        { className: "cov-sup" },
                        el("span", { className: "sr-only" }, " (evidence for key point "),
                        s.keyPoints.join(","),
                        el("span", { className: "sr-only" }, ")"),
                      ),
                    ),
              ),
        ),
      ),
    ),
  );
}

export type CoverageHtmlProps = {
  feedback: FeedbackView;
  answer: Answer;
  /** Whose answer it is, for the wording ("Your answer" / "Asha's answer"). */
  whose: string;
  /** Heading level of the panel's title (h2 on the attempt page, h4 inside a mock report's answer). */
  headingLevel: 2 | 3 | 4;
  id: string;
};

/** The panel: the `<section>`'s attributes and its children (the inner HTML). */
export function coverageSection({ feedback, answer, whose, headingLevel, id }: CoverageHtmlProps): Element {
  const H = (["h2", "h3", "h4"] as const)[headingLevel - 2]!;
  const Sub = (["h3", "h4", "h5"] as const)[headingLevel - 2]!;
  const { counts } = feedback;
  const total = feedback.keyPoints.length;
  const bonusTotal = feedback.keyPoints.filter((k) => k.kind === "bonus").length;
  const len = lengthText(feedback.length);
  const heading = el(H, { id: `${id}-heading`, className: headingLevel === 2 ? "text-lg font-semibold" : "font-semibold" }, "Key-point coverage");
  if (feedback.length.verdict === "empty") {
    return el(
      "section",
      { ariaLabelledBy: `${id}-heading`, "data-testid": "coverage-panel" },
      heading,
      el("p", { className: "mt-1 text-sm" }, "Nothing was written, so there are no key points to check."),
    );
  }
  return el(
    "section",
    { ariaLabelledBy: `${id}-heading`, className: "space-y-5", "data-testid": "coverage-panel" },
    el(
      "div",
      {},
      heading,
      el(
        "p",
        { className: "mt-1 text-sm" },
        total === 0
          ? "This question has no key evaluation points to check."
          : `${whose} covers ${counts.covered} of ${plural(total, "key point")}${bonusTotal ? ` (${total - bonusTotal} must-have, ${bonusTotal} bonus)` : ""}${counts.partly ? `, partly covers ${counts.partly}` : ""}${counts.missing ? ` and misses ${counts.missing}` : ""}.`,
      ),
      el(
        "p",
        { className: "mt-1 text-xs text-slate-600 dark:text-slate-400" },
        "Checked automatically by the words and phrases the answer uses, not by whether what it says is right. Use it as a checklist, not a grade.",
      ),
    ),
    total > 0 &&
      el(
        "ol",
        { className: "space-y-3", ariaLabel: "Key points" },
        feedback.keyPoints.map((k) => {
          const s = KP_STATUS[k.status];
          return el(
            "li",
            { "data-status": k.status },
            status(
              s.tone,
              s.label,
              el("span", { className: "sr-only" }, ": "),
              el(
                "span",
                { className: "cov-point" },
                el("span", { className: "cov-num" }, `${k.index + 1}.`),
                " ",
                k.kind === "bonus" && el("span", { className: BONUS_BADGE }, "Bonus"),
                k.kind === "bonus" && " ",
                k.keyPoint,
              ),
              k.evidence.length > 0 &&
                el(
                  "div",
                  { className: "mt-1" },
                  el("p", { className: "cov-hint" }, "Evidence in the answer:"),
                  k.evidence.slice(0, 2).map((e) => quote(e.text)),
                ),
              k.status !== "covered" &&
                k.notFound.length > 0 &&
                el("p", { className: "cov-not-found" }, `Not found: ${k.notFound.slice(0, 6).join(", ")}`),
            ),
          );
        }),
      ),
    feedback.star &&
      el(
        "div",
        {},
        el(Sub, { className: "font-semibold" }, "STAR structure"),
        el(
          "ul",
          { className: "mt-2 grid gap-2 sm:grid-cols-2" },
          feedback.star.parts.map((p) => {
            const s = STAR_STATUS[p.status];
            return el("li", {}, status(s.tone, STAR_LABEL[p.part], el("span", { className: "text-sm" }, `: ${s.label.toLowerCase()}`)));
          }),
        ),
        el(
          "div",
          { className: "mt-2" },
          status(
            feedback.star.quantifiedResult ? "good" : "part",
            feedback.star.quantifiedResult ? "Result quantified" : "Result not quantified",
            el(
              "span",
              { className: "text-sm" },
              feedback.star.quantifiedResult ? "" : ": say what changed in numbers (a percentage, time, money or count).",
            ),
            feedback.star.quantityEvidence[0] && quote(feedback.star.quantityEvidence[0].text),
          ),
        ),
      ),
    feedback.components &&
      el(
        "div",
        {},
        el(Sub, { className: "font-semibold" }, `System-design components: ${feedback.components.named} of ${feedback.components.required} named`),
        el(
          "ul",
          { className: "mt-2 grid gap-2 sm:grid-cols-2" },
          feedback.components.items.map((c) => {
            const s = COMPONENT_STATUS[c.status];
            return el("li", {}, status(s.tone, c.label, el("span", { className: "text-sm" }, `: ${s.label.toLowerCase()}`)));
          }),
        ),
      ),
    el(
      "div",
      {},
      el(Sub, { className: "font-semibold" }, "Length"),
      el("div", { className: "mt-1" }, status(len.tone, len.label, el("span", { className: "text-sm" }, `: ${len.detail}`))),
    ),
    total > 0 &&
      el(
        "p",
        { className: "rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-800", "data-testid": "suggested-score" },
        "Suggested score for ",
        el("strong", {}, "practical considerations"),
        ": ",
        el("strong", { className: "tabular-nums" }, `${feedback.suggestedScore.value} / 10`),
        " (covered points count 1, partly covered ½",
        bonusTotal > 0 ? `; must-have points weigh ${MUST_HAVE_SHARE} of the 10, bonus points ${BONUS_SHARE}` : "",
        "). ",
        whose === "Your answer"
          ? "It is only a suggestion: the score you give is yours."
          : "It is only a suggestion; the candidate's own score stays theirs.",
      ),
    el(
      "details",
      {},
      el("summary", { className: "cursor-pointer text-sm font-medium text-indigo-700 dark:text-indigo-300" }, `${whose} with the evidence marked`),
      el(
        "p",
        { className: "mt-1 text-xs text-slate-600 dark:text-slate-400" },
        "Marked passages count as evidence; the small numbers are the key points they support.",
      ),
      markedAnswer(feedback, answer),
    ),
  );
}
