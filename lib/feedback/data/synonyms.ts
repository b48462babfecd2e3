// The field's synonym and abbreviation list for key-point coverage. Reviewed list, kept small on
// purpose: every entry is a term of art whose variants mean the same thing in an ML interview.
//
// Policy (docs/decisions/0015-key-point-coverage.md):
// - `variants` are interchangeable both ways: "GBDT" in an answer covers "gradient boosting" in a
//   key point and the other way round.
// - `narrower` terms imply the concept but not the reverse: an answer naming XGBoost covers a key
//   point that says "gradient boosting"; a key point that says "XGBoost" is not covered by
//   "gradient boosting" (it stays a literal term).
// - `ambiguous` abbreviations ("LR") are resolved per question: the option whose concept occurs in
//   the question's own text (prompt, key points, model answer) wins; if none or several do, the
//   abbreviation stays a literal word.
// - Entries come from standard usage (scikit-learn, PyTorch, Kubernetes and IR documentation
//   vocabulary, common interview usage), not from the evaluation answers. Adding an entry needs a
//   reason a reviewer can check; entries that only help one test answer are not accepted.
// Reviewed by the author of the coverage engine; see the decision record for how and against what.

type SynonymEntry = {
  /** Concept id, kebab-case; becomes the concept term "=id". */
  id: string;
  variants: readonly string[];
  narrower?: readonly string[];
};

type AmbiguousAbbreviation = { abbreviation: string; options: readonly string[] };

export const SYNONYMS: readonly SynonymEntry[] = [
  // Models and algorithms
  {
    id: "gradient-boosting",
    variants: [
      "gradient boosting",
      "gradient boosted",
      "gradient-boosted trees",
      "gbdt",
      "gbdts",
      "gbm",
      "gbms",
      "gbt",
      "boosted trees",
    ],
    narrower: ["xgboost", "lightgbm", "catboost"],
  },
  { id: "random-forest", variants: ["random forest", "random forests", "rf"] },
  { id: "logistic-regression", variants: ["logistic regression", "logit model"] },
  { id: "learning-rate", variants: ["learning rate", "step size"] },
  {
    id: "knn",
    variants: ["k-nearest neighbours", "k nearest neighbours", "knn", "nearest-neighbour classifier"],
  },
  { id: "k-means", variants: ["k-means", "k means", "kmeans"] },
  { id: "svm", variants: ["support vector machine", "support vector machines", "svm", "svms"] },
  { id: "pca", variants: ["principal component analysis", "pca"] },
  { id: "svd", variants: ["singular value decomposition", "svd"] },
  { id: "cnn", variants: ["convolutional neural network", "convolutional network", "convnet", "cnn"] },
  { id: "gnn", variants: ["graph neural network", "gnn"] },
  { id: "neural-network", variants: ["neural network", "neural net", "neural networks", "neural nets"] },
  { id: "llm", variants: ["large language model", "large language models", "llm", "llms"] },
  { id: "sgd", variants: ["stochastic gradient descent", "sgd"] },
  { id: "batch-norm", variants: ["batch normalisation", "batch norm", "batchnorm"] },
  { id: "layer-norm", variants: ["layer normalisation", "layer norm", "layernorm"] },
  { id: "lora", variants: ["low-rank adaptation", "lora"] },
  {
    id: "fine-tuning",
    variants: [
      "fine-tuning",
      "fine tuning",
      "finetuning",
      "fine-tune",
      "fine tune",
      "finetune",
      "fine-tuned",
      "finetuned",
    ],
  },
  { id: "pre-training", variants: ["pre-training", "pretraining", "pre-trained", "pretrained"] },
  { id: "distillation", variants: ["knowledge distillation", "distillation"] },
  { id: "mc-dropout", variants: ["mc dropout", "monte carlo dropout"] },
  // Evaluation and statistics
  { id: "cross-validation", variants: ["cross-validation", "cross validation", "cv"], narrower: ["k-fold"] },
  { id: "out-of-fold", variants: ["out-of-fold", "out of fold", "oof"] },
  { id: "out-of-bag", variants: ["out-of-bag", "out of bag", "oob"] },
  { id: "roc-auc", variants: ["roc-auc", "roc auc", "auroc", "area under the roc curve", "auc"] },
  {
    id: "pr-auc",
    variants: ["pr-auc", "pr auc", "auprc", "average precision", "area under the precision-recall curve"],
  },
  { id: "pr-curve", variants: ["precision-recall curve", "pr curve", "precision recall curve"] },
  { id: "ece", variants: ["expected calibration error", "ece"] },
  {
    id: "confidence-interval",
    variants: ["confidence interval", "confidence intervals", "confidence bound", "confidence bounds"],
  },
  {
    id: "ab-test",
    variants: [
      "a/b test",
      "a/b tests",
      "a/b testing",
      "ab test",
      "split test",
      "randomised experiment",
      "randomized experiment",
      "controlled experiment",
    ],
  },
  { id: "false-positive", variants: ["false positive", "false positives", "false alarm", "false alarms"] },
  { id: "false-negative", variants: ["false negative", "false negatives"] },
  { id: "false-positive-rate", variants: ["false positive rate", "false-positive rate", "fpr"] },
  { id: "recall", variants: ["recall", "true positive rate", "tpr", "sensitivity"] },
  { id: "precision", variants: ["precision", "positive predictive value", "ppv"] },
  {
    id: "label-shift",
    variants: [
      "prevalence shift",
      "label shift",
      "prior shift",
      "prior probability shift",
      "base rate shift",
    ],
  },
  { id: "covariate-shift", variants: ["covariate shift", "data drift", "feature drift", "input drift"] },
  {
    id: "train-serve-skew",
    variants: [
      "training-serving skew",
      "train-serve skew",
      "train/serve skew",
      "training/serving skew",
      "online-offline skew",
      "offline-online skew",
    ],
  },
  { id: "mape", variants: ["mean absolute percentage error", "mape"] },
  { id: "rmse", variants: ["root mean squared error", "root mean square error", "rmse"] },
  { id: "ndcg", variants: ["normalised discounted cumulative gain", "ndcg"] },
  { id: "mrr", variants: ["mean reciprocal rank", "mrr"] },
  // Retrieval and LLM applications
  { id: "rag", variants: ["retrieval-augmented generation", "retrieval augmented generation", "rag"] },
  {
    id: "lexical-retrieval",
    variants: [
      "bm25",
      "lexical retrieval",
      "lexical search",
      "keyword search",
      "keyword matching",
      "sparse retrieval",
      "full-text search",
    ],
  },
  {
    id: "dense-retrieval",
    variants: [
      "dense retrieval",
      "vector search",
      "embedding search",
      "semantic search",
      "vector retrieval",
      "embedding retrieval",
    ],
  },
  { id: "rrf", variants: ["reciprocal rank fusion", "rrf"] },
  { id: "cross-encoder", variants: ["cross-encoder", "cross encoder", "reranker", "re-ranker"] },
  {
    id: "rerank",
    variants: [
      "rerank",
      "re-rank",
      "reranks",
      "re-ranks",
      "reranking",
      "re-ranking",
      "reranked",
      "re-ranked",
    ],
  },
  {
    id: "ann",
    variants: ["approximate nearest neighbour", "approximate nearest neighbours", "ann index"],
    narrower: ["hnsw", "faiss"],
  },
  {
    id: "access-control",
    variants: [
      "access control",
      "access control list",
      "access control lists",
      "acl",
      "acls",
      "access rights",
      "permission",
      "permissions",
    ],
  },
  { id: "ttft", variants: ["time to first token", "ttft"] },
  { id: "prompt-injection", variants: ["prompt injection", "prompt-injection", "jailbreak"] },
  {
    id: "sme",
    variants: [
      "subject-matter expert",
      "subject-matter experts",
      "subject matter expert",
      "subject matter experts",
      "sme",
      "smes",
      "domain expert",
      "domain experts",
    ],
  },
  // Systems and operations
  { id: "kubernetes", variants: ["kubernetes", "k8s"] },
  { id: "tail-latency", variants: ["tail latency", "p99", "p99 latency", "p999", "99th percentile latency"] },
  {
    id: "throughput-rate",
    variants: ["qps", "queries per second", "requests per second", "rps", "tps", "transactions per second"],
  },
  {
    id: "sla",
    variants: ["sla", "slas", "slo", "slos", "service level agreement", "service level objective"],
  },
  { id: "cdc", variants: ["change data capture", "cdc"] },
  { id: "dead-letter-queue", variants: ["dead-letter queue", "dead letter queue", "dlq"] },
  { id: "shap", variants: ["shap", "shapley values", "shapley value", "shapley additive explanations"] },
  { id: "pii", variants: ["personally identifiable information", "pii", "personal data"] },
  // Business
  { id: "ctr", variants: ["click-through rate", "click through rate", "ctr"] },
  { id: "roi", variants: ["return on investment", "roi"] },
  { id: "ltv", variants: ["lifetime value", "customer lifetime value", "ltv", "clv"] },
  { id: "csat", variants: ["customer satisfaction", "csat"] },
];

/** Abbreviations with more than one reading in the field; resolved by the question's own text. */
export const AMBIGUOUS: readonly AmbiguousAbbreviation[] = [
  { abbreviation: "lr", options: ["learning-rate", "logistic-regression"] },
  { abbreviation: "ann", options: ["ann", "neural-network"] },
  { abbreviation: "pr", options: ["pr-curve"] },
];
