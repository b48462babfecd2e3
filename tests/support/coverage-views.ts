// Hand-made coverage views reaching every branch of the coverage panel (components/feedback):
// Markdown with bonus points, evidence and words not found; STAR; system design; code; empty; no
// key points. Texts hold characters that need escaping (& < > " ').
import type { FeedbackView } from "@/lib/feedback/stored";
import type { Answer } from "@/lib/practice/answer";

const base = {
  attemptId: "a1",
  engineVersion: 2,
  computedAt: "2026-12-07T07:00:00.000Z",
  words: 40,
  star: null,
  components: null,
  suggestedScore: { field: "practicalConsiderations", value: 6.5 },
} as const;

const markdownText = 'Dropout zeroes units with p & rescales by 1/(1-p) <so> the "expected" value stays; it\'s off in eval().';

export const COVERAGE_CASES: Array<{ name: string; feedback: FeedbackView; answer: Answer; whose?: string; headingLevel?: 2 | 3 | 4; id?: string }> = [
  {
    name: "markdown with bonus, evidence and words not found (h4 in a mock)",
    headingLevel: 4,
    id: "coverage-3",
    answer: { text: markdownText },
    feedback: {
      ...base,
      format: "MARKDOWN",
      counts: { covered: 1, partly: 1, missing: 1 },
      keyPoints: [
        {
          index: 0, kind: "must", keyPoint: "Explains zeroing & rescaling <units>", status: "covered", score: 1,
          evidence: [
            { field: "text", start: 0, end: 20, text: markdownText.slice(0, 20) },
            { field: "text", start: 30, end: 50, text: markdownText.slice(30, 50) },
            { field: "text", start: 60, end: 70, text: markdownText.slice(60, 70) },
          ],
          found: ["zeroes"], notFound: [],
        },
        {
          index: 1, kind: "must", keyPoint: "Says it is off at test time", status: "partly", score: 0.5,
          evidence: [{ field: "text", start: 45, end: 300, text: "x".repeat(230) }],
          found: ["off"], notFound: ["test", "time", "a", "b", "c", "d", "e"],
        },
        { index: 2, kind: "bonus", keyPoint: "Mentions 'inverted' dropout", status: "missing", score: 0, evidence: [], found: [], notFound: ["inverted"] },
      ],
      length: { verdict: "fine", words: 1, minWords: 1000, maxWords: 2500, allocatedMinutes: 1 },
    },
  },
  {
    name: "STAR, result not quantified, someone else's answer",
    whose: "Asha's answer",
    answer: { situation: "At a bank & a <team>", task: "", action: "I led the move.", result: "It shipped." },
    feedback: {
      ...base,
      format: "STAR",
      counts: { covered: 1, partly: 0, missing: 0 },
      keyPoints: [
        { index: 0, kind: "must", keyPoint: "Owns the action", status: "covered", score: 1, evidence: [{ field: "action", start: 0, end: 8, text: "I led th" }], found: [], notFound: [] },
      ],
      star: {
        parts: [
          { part: "situation", status: "present", evidence: [] },
          { part: "task", status: "missing", evidence: [] },
          { part: "action", status: "thin", evidence: [] },
          { part: "result", status: "thin", evidence: [] },
        ],
        quantifiedResult: false,
        quantityEvidence: [],
      },
      length: { verdict: "too-short", words: 12, minWords: 150, maxWords: 400, allocatedMinutes: 3 },
    },
  },
  {
    name: "STAR, result quantified",
    headingLevel: 3,
    answer: { situation: "s", task: "t", action: "a", result: "Cut p95 by 40%." },
    feedback: {
      ...base,
      format: "STAR",
      counts: { covered: 0, partly: 0, missing: 1 },
      keyPoints: [{ index: 0, kind: "must", keyPoint: "K", status: "missing", score: 0, evidence: [], found: [], notFound: [] }],
      star: {
        parts: (["situation", "task", "action", "result"] as const).map((part) => ({ part, status: "present" as const, evidence: [] })),
        quantifiedResult: true,
        quantityEvidence: [{ field: "result", start: 8, end: 11, text: "40%" }],
      },
      length: { verdict: "too-long", words: 1200, minWords: 150, maxWords: 400, allocatedMinutes: 3 },
    },
  },
  {
    name: "system design, no key points",
    answer: { text: "Serve a model behind an API; monitor drift." },
    feedback: {
      ...base,
      format: "MARKDOWN",
      counts: { covered: 0, partly: 0, missing: 0 },
      keyPoints: [],
      components: {
        named: 1,
        required: 3,
        items: [
          { id: "serving", label: "Serving", status: "named", evidence: [] },
          { id: "monitoring", label: "Monitoring", status: "mentioned", evidence: [] },
          { id: "data", label: "Data", status: "missing", evidence: [] },
        ],
      },
      length: { verdict: "fine", words: 8, minWords: 5, maxWords: 300, allocatedMinutes: 2 },
    },
  },
  {
    name: "code",
    answer: { code: "def f(x):\n    return x < 2 and x > 0\n" },
    feedback: {
      ...base,
      format: "CODE",
      counts: { covered: 1, partly: 0, missing: 0 },
      keyPoints: [{ index: 0, kind: "must", keyPoint: "Compares", status: "covered", score: 1, evidence: [{ field: "code", start: 18, end: 24, text: "x < 2 " }], found: [], notFound: [] }],
      length: { verdict: "fine", words: 9, minWords: 5, maxWords: 300, allocatedMinutes: 2 },
    },
  },
  {
    name: "markdown, empty text but not an empty verdict",
    answer: { text: "   " },
    feedback: {
      ...base,
      format: "MARKDOWN",
      counts: { covered: 0, partly: 0, missing: 1 },
      keyPoints: [{ index: 0, kind: "bonus", keyPoint: "Only bonus", status: "missing", score: 0, evidence: [], found: [], notFound: [] }],
      length: { verdict: "fine", words: 0, minWords: 0, maxWords: 300, allocatedMinutes: 2 },
    },
  },
  {
    name: "empty",
    headingLevel: 4,
    id: "coverage-0",
    answer: { text: "" },
    feedback: {
      ...base,
      format: "MARKDOWN",
      counts: { covered: 0, partly: 0, missing: 2 },
      keyPoints: [],
      length: { verdict: "empty", words: 0, minWords: 100, maxWords: 300, allocatedMinutes: 2 },
    },
  },
];
