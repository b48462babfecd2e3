// The demo account's sample history: six weeks of preparation for an interview three weeks
// ahead, following the guide's plan (weeks 1-2 fundamentals, 3-4 system design and
// behavioural, 5-6 a mock interview and rework). Questions are named by their bank slug;
// answers are short and honest (what a candidate might really type under the clock), scores
// rise slowly and unevenly. `daysAgo` counts back from the moment the seed runs.
// tests/unit/demo-history.test.ts checks every slug, answer shape and score against the bank.

export type DemoScores = [technicalAccuracy: number, communicationClarity: number, problemSolving: number, practicalConsiderations: number];
export type DemoStar = { situation: string; task: string; action: string; result: string };
export type DemoAnswer = { text: string } | { code: string } | DemoStar;

export type DemoAttempt = {
  daysAgo: number;
  slug: string;
  scores: DemoScores;
  /** Answering time in minutes. */
  minutes: number;
  answer: DemoAnswer;
};

export const DEMO_TIME_ZONE = "America/New_York";
/** The profile's next interview, this many days after the seed runs (the plan's week 6 today). */
export const DEMO_INTERVIEW_IN_DAYS = 20;

export const DEMO_ASSESSMENTS: { daysAgo: number; scores: [ml: number, dl: number, sd: number, cl: number]; note: string }[] = [
  { daysAgo: 41, scores: [5, 4, 4, 6], note: "Baseline before starting the plan. System design feels like the biggest gap." },
  { daysAgo: 27, scores: [6, 5, 5, 6], note: "Fundamentals review helped; still slow on deep learning details." },
  { daysAgo: 13, scores: [6, 5, 6, 7], note: "Design answers are more structured. STAR stories drafted for the main projects." },
  { daysAgo: 2, scores: [7, 6, 6, 7], note: "After the first mock: behavioural is fine, business cases need numbers up front." },
];

export const DEMO_ATTEMPTS: DemoAttempt[] = [
  // Weeks 1-2: technical fundamentals.
  {
    daysAgo: 40,
    slug: "ml-algorithms/l1-vs-l2-regularisation-sparsity",
    scores: [6, 5, 5, 4],
    minutes: 3,
    answer: { text: "L1 adds |w| to the loss, L2 adds w². L1's corner at zero pushes small weights to exactly 0, so it selects features. With correlated features L1 tends to keep one and drop the others, L2 spreads weight across them. Elastic net mixes both." },
  },
  {
    daysAgo: 40,
    slug: "ml-algorithms/interpreting-logistic-regression-coefficients",
    scores: [6, 6, 5, 5],
    minutes: 3,
    answer: { text: "A coefficient is the change in log-odds per unit of the feature, so exp(coef) is the odds ratio. 0.4 on support tickets means each extra ticket multiplies churn odds by about 1.5, holding the rest fixed. Only comparable across features if they are scaled." },
  },
  {
    daysAgo: 39,
    slug: "ml-algorithms/gradient-boosting-vs-random-forest-bias-variance",
    scores: [5, 5, 5, 4],
    minutes: 3,
    answer: { text: "Random forest averages deep, low-bias trees to cut variance. Boosting adds shallow trees one after another to cut bias, so it can overfit if you keep going. I forgot to mention learning rate and early stopping as the main controls." },
  },
  {
    daysAgo: 38,
    slug: "deep-learning/dropout-training-vs-inference",
    scores: [7, 6, 6, 5],
    minutes: 3,
    answer: { text: "During training each unit is zeroed with probability p and the survivors are scaled by 1/(1-p) (inverted dropout), so at inference nothing is dropped and no rescaling is needed. Forgetting model.eval() is the classic bug." },
  },
  {
    daysAgo: 37,
    slug: "deep-learning/diagnosing-training-curves",
    scores: [6, 6, 5, 5],
    minutes: 3,
    answer: { text: "Train loss falling and validation rising: overfitting, so more data, augmentation or regularisation. Both high and flat: underfitting or too low a learning rate. Spiky loss: learning rate too high or bad batches. Validation below train can be dropout or augmentation only at train time." },
  },
  {
    daysAgo: 36,
    slug: "deep-learning/batch-norm-vs-layer-norm",
    scores: [4, 5, 4, 4],
    minutes: 3,
    answer: { text: "BatchNorm normalises each feature over the batch, LayerNorm over the features of one example. Transformers use LayerNorm because sequence lengths vary and batches can be small. Not sure about the running statistics at inference — need to review." },
  },
  {
    daysAgo: 35,
    slug: "data-preprocessing/which-models-need-feature-scaling",
    scores: [7, 6, 6, 6],
    minutes: 3,
    answer: { text: "Distance and gradient based models need scaling: kNN, SVM, k-means, linear models with regularisation, neural nets. Trees do not. StandardScaler by default, RobustScaler with outliers. Fit it on the training fold only, inside the pipeline." },
  },
  {
    daysAgo: 34,
    slug: "data-preprocessing/missing-data-mcar-mar-mnar",
    scores: [5, 5, 5, 5],
    minutes: 3,
    answer: { text: "MCAR: missingness unrelated to anything, dropping rows only costs power. MAR: depends on observed data (e.g. lab test missing more for younger patients), so model-based imputation using those columns works. MNAR: depends on the missing value itself; add a missing indicator and be honest that bias remains." },
  },
  {
    daysAgo: 33,
    slug: "data-preprocessing/diagnosing-target-leakage",
    scores: [6, 5, 6, 5],
    minutes: 3,
    answer: { text: "0.99 AUC on churn is suspicious. Check feature importances for one dominant feature, then check when each feature is known relative to the label date — e.g. 'account closed reason' or post-cancellation tickets. Rebuild features as of a snapshot date and re-evaluate on a time split." },
  },
  {
    daysAgo: 31,
    slug: "ml-from-scratch/knn-classifier-vectorised-distances",
    scores: [6, 5, 6, 5],
    minutes: 14,
    answer: {
      code: "import numpy as np\n\nclass KNN:\n    def __init__(self, k=5):\n        self.k = k\n\n    def fit(self, X, y):\n        self.X, self.y = np.asarray(X, float), np.asarray(y)\n        return self\n\n    def predict(self, Q):\n        Q = np.asarray(Q, float)\n        # ||q - x||^2 = ||q||^2 - 2 q.x + ||x||^2\n        d = (Q**2).sum(1)[:, None] - 2 * Q @ self.X.T + (self.X**2).sum(1)[None, :]\n        idx = np.argpartition(d, self.k - 1, axis=1)[:, : self.k]\n        votes = self.y[idx]\n        # majority vote; ties go to the smallest label\n        return np.array([np.bincount(v).argmax() for v in votes])\n",
    },
  },
  {
    daysAgo: 30,
    slug: "ml-from-scratch/linear-regression-normal-equation-vs-gradient-descent",
    scores: [7, 6, 6, 6],
    minutes: 12,
    answer: {
      code: "import numpy as np\n\ndef normal_equation(X, y):\n    Xb = np.c_[np.ones(len(X)), X]\n    return np.linalg.lstsq(Xb, y, rcond=None)[0]  # stabler than inv(X^T X)\n\ndef gradient_descent(X, y, lr=0.1, steps=5000):\n    Xb = np.c_[np.ones(len(X)), X]\n    w = np.zeros(Xb.shape[1])\n    for _ in range(steps):\n        w -= lr * 2 / len(y) * Xb.T @ (Xb @ w - y)\n    return w\n\n# they agree to ~1e-6 once features are standardised\n",
    },
  },
  {
    daysAgo: 29,
    slug: "model-optimisation/fixing-an-overfitting-image-classifier",
    scores: [6, 6, 5, 6],
    minutes: 3,
    answer: { text: "With 2,000 images, start from a pretrained backbone instead of training from scratch, add augmentation (flips, crops, colour jitter), weight decay and early stopping on a held-out set. Check for near-duplicate images across train and validation before trusting the gap." },
  },
  {
    daysAgo: 28,
    slug: "ml-algorithms/pr-auc-vs-roc-auc-class-imbalance",
    scores: [6, 6, 6, 5],
    minutes: 3,
    answer: { text: "At 0.2% prevalence the false positive rate divides by a huge number of negatives, so ROC-AUC stays high while precision at any useful recall is tiny. PR-AUC shows that directly. Report precision at the recall the business needs, and compare against the 0.002 baseline." },
  },

  // Weeks 3-4: system design and behavioural.
  {
    daysAgo: 27,
    slug: "ml-system-design/email-spam-detection-system",
    scores: [5, 5, 5, 4],
    minutes: 24,
    answer: { text: "Clarify: 10B messages/day ≈ 115k/s, latency budget at delivery. Layers: cheap sender reputation and blocklists first, then a fast linear/GBDT model on headers and URLs, a heavier text model only for the uncertain band. Labels from user spam reports (noisy, delayed). Missed: adversarial drift and how to retrain safely." },
  },
  {
    daysAgo: 26,
    slug: "behavioural/handling-model-performance-degradation",
    scores: [6, 6, 5, 6],
    minutes: 3,
    answer: {
      situation: "Our credit scoring model dropped from 92% to 87% accuracy a month after launch.",
      task: "I owned the model and had to find the cause and limit the financial impact.",
      action: "Checked input drift first and found a new application channel with different income fields. Tightened the approval threshold as a stopgap and retrained with the new channel's data.",
      result: "Accuracy back to 91% within two weeks; we added a per-channel drift dashboard.",
    },
  },
  {
    daysAgo: 25,
    slug: "realtime-pipelines/iot-predictive-maintenance-streaming",
    scores: [5, 5, 4, 4],
    minutes: 25,
    answer: { text: "Sensors → MQTT gateway → Kafka. Flink computes rolling features per pump (vibration RMS, temperature slope over 5/30 min). Model scores every minute; alerts deduplicated per pump. Labels come from maintenance tickets weeks later. I ran out of time before covering backfill and sensor outages." },
  },
  {
    daysAgo: 24,
    slug: "behavioural/cross-functional-team-conflict",
    scores: [6, 7, 6, 6],
    minutes: 3,
    answer: {
      situation: "Data engineering wanted streaming, ML wanted batch, product wanted a date.",
      task: "As tech lead I had to get a decision that all three could live with.",
      action: "Wrote down each team's real constraint, proposed batch features for launch with a streaming path for the two features that needed freshness, and agreed a review after launch.",
      result: "Shipped on the date; streaming for the two features followed six weeks later.",
    },
  },
  {
    daysAgo: 22,
    slug: "ml-system-design/ml-feature-store-design",
    scores: [6, 5, 6, 5],
    minutes: 28,
    answer: { text: "Offline store (Parquet/warehouse) for training, online key-value store for serving, one feature definition compiled to both. Point-in-time joins on event timestamps so training never sees the future. Materialisation jobs with freshness SLAs per feature; registry with owners. Still vague on backfills after a definition change." },
  },
  {
    daysAgo: 21,
    slug: "business-case/churn-model-retention-roi",
    scores: [5, 6, 5, 5],
    minutes: 9,
    answer: { text: "Top decile = 50,000 users, 12% would churn = 6,000. Discount costs 30% × $15 × 3 months on everyone who stays, about $200k a month. Benefit depends on how many of the 6,000 we save; at 20% saved that is 1,200 × $12 margin × lifetime. Recommend an A/B test first — I did not finish the lifetime value maths." },
  },
  {
    daysAgo: 20,
    slug: "behavioural/managing-up-and-setting-expectations",
    scores: [6, 7, 6, 6],
    minutes: 3,
    answer: {
      situation: "My manager asked for a recommender in two weeks; my estimate for a usable version was four.",
      task: "Reset expectations without just saying no.",
      action: "Showed the estimate by component and offered a two-week popularity-based baseline with the personalised model following in week four.",
      result: "We shipped the baseline on time; the personalised model beat it by 9% CTR in the A/B test.",
    },
  },
  {
    daysAgo: 18,
    slug: "realtime-pipelines/live-chat-moderation-realtime",
    scores: [6, 6, 6, 5],
    minutes: 26,
    answer: { text: "200k msg/s: keyword and hash rules inline (<10 ms), a small distilled classifier on the hot path, heavier model asynchronously for removal after the fact. Per-channel rate limits and user reputation. Human review queue for appeals; measure precision per language because the classifier is weakest outside English." },
  },
  {
    daysAgo: 17,
    slug: "business-case/prioritising-three-ai-projects",
    scores: [6, 6, 6, 6],
    minutes: 8,
    answer: { text: "Score each by expected annual value, confidence and person-months. Search ranking touches most GMV, so even a 1% lift on $400M at 30% margin is $1.2M/year; it gets capacity first. The second project fits in the remainder; the third waits until its data exists. Revisit after the first quarter's results." },
  },
  {
    daysAgo: 15,
    slug: "behavioural/failed-experiment-temporal-leakage",
    scores: [7, 7, 6, 7],
    minutes: 3,
    answer: {
      situation: "A demand model looked 20% better offline and did nothing in production.",
      task: "Find out why before the team lost trust in offline results.",
      action: "Traced it to a random train/test split on time-series data: lag features leaked the future. Rebuilt evaluation with rolling time splits.",
      result: "The real gain was 3%. Time-based validation is now our default and part of review checklists.",
    },
  },

  // Weeks 5-6: rework and the mock interview.
  {
    daysAgo: 12,
    slug: "deep-learning/batch-norm-vs-layer-norm",
    scores: [7, 6, 6, 6],
    minutes: 3,
    answer: { text: "BatchNorm: per feature over the batch, keeps running mean/variance for inference, so small or variable batches hurt. LayerNorm: per example over features, same computation at train and test, works for any sequence length — hence transformers. Pre-LN also makes deep transformers train more stably." },
  },
  {
    daysAgo: 11,
    slug: "deep-learning/scaled-dot-product-attention-sqrt-dk",
    scores: [6, 6, 5, 5],
    minutes: 3,
    answer: { text: "Attention = softmax(QKᵀ/√d_k)V. Without the scale, dot products grow with d_k (variance d_k for unit-variance inputs), the softmax saturates and gradients vanish. Cost is O(n²·d) time and O(n²) memory in sequence length." },
  },
  {
    daysAgo: 10,
    slug: "ml-system-design/ride-hailing-eta-prediction",
    scores: [6, 6, 7, 6],
    minutes: 27,
    answer: { text: "Start from the routing engine's ETA and predict the residual with a GBDT on route, time of day, live traffic and pickup context. Evaluate on MAE and on the tail (p90 error) by city. Serve per request under 50 ms with cached segment features. Monitor by region; retrain weekly; fall back to routing ETA if features are stale." },
  },
  {
    daysAgo: 9,
    slug: "realtime-pipelines/shadow-and-canary-deployment-for-streaming-model",
    scores: [5, 6, 5, 5],
    minutes: 25,
    answer: { text: "Shadow: new model consumes the same Kafka topic with its own consumer group and writes scores to a side topic; compare distributions and, once labels arrive, accuracy. Canary: route a hash of entity ids (e.g. 5%) to the new model, with automatic rollback on alert. Did not cover state warm-up for windowed features." },
  },
  {
    daysAgo: 8,
    slug: "model-optimisation/threshold-tuning-recall-at-fixed-precision",
    scores: [7, 6, 7, 6],
    minutes: 10,
    answer: {
      code: "import numpy as np\nfrom sklearn.metrics import precision_recall_curve\n\ndef threshold_for_precision(y_val, scores, min_precision=0.9):\n    p, r, t = precision_recall_curve(y_val, scores)\n    ok = np.where(p[:-1] >= min_precision)[0]\n    if len(ok) == 0:\n        return None  # precision target not reachable\n    best = ok[np.argmax(r[ok])]\n    return t[best]\n\n# pick it on validation data, report recall on a separate test set\n",
    },
  },
  {
    daysAgo: 7,
    slug: "data-preprocessing/time-series-cross-validation-splits",
    scores: [7, 7, 6, 6],
    minutes: 3,
    answer: { text: "Use expanding-window splits in time order, with a gap at least as long as the forecast horizon so lag features cannot see the target period. Compute lags within each fold from past data only. Evaluate each fold and look at the trend across folds, not just the mean." },
  },
  {
    daysAgo: 6,
    slug: "ml-algorithms/gradient-boosting-vs-random-forest-bias-variance",
    scores: [7, 7, 7, 6],
    minutes: 3,
    answer: { text: "Forest: deep trees (low bias, high variance) averaged on bootstrap samples with feature subsampling, so variance drops and more trees never hurt. Boosting: shallow trees fit residuals in sequence, bias drops each round; learning rate, depth and early stopping control variance. Boosting usually wins on tabular data if tuned." },
  },
  {
    daysAgo: 5,
    slug: "realtime-pipelines/in-session-personalisation-from-clickstream",
    scores: [6, 6, 6, 6],
    minutes: 26,
    answer: { text: "Click events to Kafka, Flink keeps per-session state (last N items, category counts, dwell time) and writes it to Redis within seconds. The ranker combines long-term user embeddings with these session features. Handle out-of-order events with event time and a short watermark. Measure freshness lag as a first-class metric." },
  },
  {
    daysAgo: 3,
    slug: "business-case/more-accurate-but-3x-more-expensive-model",
    scores: [7, 7, 7, 7],
    minutes: 7,
    answer: { text: "Cost: 1M docs × $0.04 extra = $40k/month. Benefit: 2% more fully-correct docs = 20,000 fewer manual fixes; at 5 minutes and $40/h that is about $67k/month. So yes on these numbers, but check the errors are the expensive ones, and try routing only low-confidence documents to the new model." },
  },
  {
    daysAgo: 2,
    slug: "ml-system-design/email-spam-detection-system",
    scores: [7, 7, 7, 6],
    minutes: 25,
    answer: { text: "Requirements first: 10B/day, false positives cost more than misses. Cascade: reputation and auth checks (SPF/DKIM), fast GBDT on metadata, transformer on body only for the uncertain 5%. Labels: user reports, weighted and delayed; adversarial drift handled with daily retraining and canaries. Metrics: precision at fixed recall per segment." },
  },
  {
    daysAgo: 1,
    slug: "deep-learning/vanishing-gradients-and-residual-connections",
    scores: [6, 7, 6, 6],
    minutes: 3,
    answer: { text: "Backprop multiplies Jacobians layer by layer; if their norms are below 1 the gradient shrinks exponentially with depth. A residual block computes x + F(x), so its Jacobian is I + ∂F/∂x and there is always an identity path for the gradient. Normalisation and careful init help too." },
  },
  {
    daysAgo: 0,
    slug: "ml-algorithms/pr-auc-vs-roc-auc-class-imbalance",
    scores: [7, 7, 7, 7],
    minutes: 3,
    answer: { text: "ROC-AUC ranks positives against a huge pool of easy negatives, so it looks great at 0.2% prevalence. PR-AUC's baseline is the prevalence itself, so it shows how poor precision really is. I would report precision at the recall the fraud team can handle, plus the alert volume per day." },
  },
];

/** The finished mock interview: the 30-minute behavioural & case study round, `daysAgo` days ago. */
export const DEMO_MOCK = {
  templateId: "behavioural-30",
  daysAgo: 4,
  /** One answer per slot, in template order (3 behavioural, then 2 business case). */
  answers: [
    {
      slug: "behavioural/production-incident-you-caused",
      scores: [7, 7, 6, 7],
      minutes: 3,
      answer: {
        situation: "I shipped a feature pipeline change that silently filled a new column with zeros.",
        task: "Own the incident and stop the bad recommendations.",
        action: "Rolled back within the hour, told the on-call channel it was my change, wrote the postmortem and added a null/zero-rate check to the pipeline.",
        result: "Two hours of degraded recommendations; the check has caught two similar bugs since.",
      },
    },
    {
      slug: "behavioural/mentorship-and-team-development",
      scores: [7, 8, 7, 7],
      minutes: 3,
      answer: {
        situation: "A new graduate on my team was stuck on her first model for weeks.",
        task: "Help her become independent without taking over.",
        action: "Set up weekly pairing, broke the project into reviewable steps and had her present the evaluation plan to the team.",
        result: "She shipped the model a month later and now onboards new hires herself.",
      },
    },
    {
      slug: "behavioural/receiving-hard-feedback-on-communication",
      scores: [6, 6, 6, 6],
      minutes: 3,
      answer: {
        situation: "My manager said my design reviews lost the product people in the first five minutes.",
        task: "Make my reviews useful to non-ML readers.",
        action: "Started every doc with the decision needed and the business impact, moved the maths to an appendix.",
        result: "Reviews got shorter and product signed off first time on the next two designs.",
      },
    },
    {
      slug: "business-case/measuring-recommendation-launch-success",
      scores: [6, 6, 5, 6],
      minutes: 9,
      answer: { text: "Primary metric: revenue per session from the homepage, in an A/B test for two weeks (full weekly cycles). Guardrails: page latency, return rate, diversity. Watch novelty effects, and that clicks moving from search to the homepage are not counted as new value. Ran short of time for power calculations." },
    },
    {
      slug: "business-case/churn-model-retention-roi",
      scores: [5, 6, 5, 5],
      minutes: 8,
      answer: { text: "50,000 users in the decile, 6,000 would churn. The discount is given to all 50,000, so cost is high: ~$675k over three months. Need to save more than about 4,700 users to break even at $12 margin × ~12 months — unlikely. Recommend targeting a narrower group and testing a smaller offer." },
    },
  ] satisfies Omit<DemoAttempt, "daysAgo">[],
};
