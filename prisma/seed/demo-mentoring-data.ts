// The demo account's sample mentoring: a demo mentor who has reviewed some of the demo
// candidate's answers over the six weeks (stricter at first; the candidate's self-scores
// converge on the mentor's), one comment thread, and two requests waiting in the mentor's
// queue (a second attempt at a design question and the finished mock). Attempts are named by
// the (slug, daysAgo) of prisma/seed/demo-history-data.ts; tests/unit/demo-history.test.ts
// checks that each one exists there.
import type { DemoScores } from "./demo-history-data";

export const DEMO_MENTOR_EMAIL = "mentor@preploop.dev";
export const DEMO_MENTOR_NAME = "Demo Mentor";
/** The mentorship began this many days before the seed runs, with these scopes. */
export const DEMO_MENTORSHIP = {
  daysAgo: 38,
  scopes: { shareAttempts: true, shareMocks: true, shareProgress: true, shareOffers: false, sharePlan: false },
};

export type DemoReview = {
  slug: string;
  /** The attempt's `daysAgo`; the review came `afterDays` later. */
  daysAgo: number;
  afterDays: number;
  scores: DemoScores;
  summary: string;
  thread?: { mentor: string; reply: string };
};

export const DEMO_REVIEWS: DemoReview[] = [
  {
    slug: "deep-learning/batch-norm-vs-layer-norm",
    daysAgo: 36,
    afterDays: 1,
    scores: [3, 5, 4, 3],
    summary:
      "You named the normalisation axes correctly, but the inference-time difference is the part interviewers probe: **BatchNorm switches to its running mean and variance in eval mode**, LayerNorm computes the same thing at train and test time. Add why that matters for small or variable batches.",
  },
  {
    slug: "data-preprocessing/diagnosing-target-leakage",
    daysAgo: 33,
    afterDays: 1,
    scores: [5, 6, 4, 4],
    summary:
      "Good instinct to distrust 0.99. Give it an order: (1) single-feature AUCs or importances, (2) a timestamp audit of every feature against the label date, (3) the split itself (same customer or future rows on both sides). You skipped the split check, the most common culprit after post-outcome features.",
  },
  {
    slug: "ml-system-design/email-spam-detection-system",
    daysAgo: 27,
    afterDays: 2,
    scores: [4, 5, 3, 3],
    summary:
      "The cascade is the right shape. Problem solving lost the most: no requirements or success metric before the architecture, and the adversarial loop came as an afterthought. Open with *what does a false positive cost compared with a missed spam?*",
    thread: {
      mentor: "Which number would you put on the dashboard the spam team reads every morning?",
      reply:
        "Precision at a fixed recall, per segment (new vs established senders), plus the user-report rate as a lagging check. I used that framing in my second attempt.",
    },
  },
  {
    slug: "business-case/churn-model-retention-roi",
    daysAgo: 21,
    afterDays: 1,
    scores: [3, 5, 3, 4],
    summary:
      "Numbers first: you stopped before the break-even. The discount goes to everyone in the decile, not only the would-be churners, so cost is 50,000 × 30 % × $15 × 3 months ≈ $675k. Then ask how many saves pay for it (about 4,700 at $144 of margin each) and recommend from there.",
  },
  {
    slug: "behavioural/failed-experiment-temporal-leakage",
    daysAgo: 15,
    afterDays: 1,
    scores: [7, 8, 6, 6],
    summary:
      "Strong STAR story: the result has a number and a process change. Cut the situation to two sentences and say what *you* do differently now, not only what the team changed.",
  },
  {
    slug: "ml-system-design/ride-hailing-eta-prediction",
    daysAgo: 10,
    afterDays: 2,
    scores: [6, 6, 6, 6],
    summary:
      "Predicting the residual on the routing engine's ETA is a good framing. Add the cold start for a new city and how the p90 error becomes a product decision (the buffer shown to riders).",
  },
  {
    slug: "business-case/more-accurate-but-3x-more-expensive-model",
    daysAgo: 3,
    afterDays: 1,
    scores: [7, 6, 7, 8],
    summary:
      "Clear break-even and a sensible idea to route only low-confidence documents. Lead with the recommendation, then the numbers: interviewers remember your first sentence.",
  },
];

/** Waiting in the demo mentor's queue: an attempt (by slug and daysAgo) or the demo mock. */
export const DEMO_OPEN_REQUESTS: ({ slug: string; daysAgo: number } | { mock: true })[] & { length: 2 } = [
  { mock: true },
  { slug: "ml-system-design/email-spam-detection-system", daysAgo: 2 },
];
export const DEMO_REQUEST_NOTES = [
  "My first timed behavioural and case-study mock: where did I lose the most time?",
  "Second try at spam detection after your comments. Is the requirements part better now?",
] as const;
/** How long ago each open request was made, in hours (the mock's first: oldest first in the queue). */
export const DEMO_REQUEST_HOURS_AGO = [70, 20] as const;
