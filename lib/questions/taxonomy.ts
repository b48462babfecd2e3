// The question bank's fixed vocabularies, shared by the content schema, the API and the UI.

export const QUESTION_TYPES = [
  { value: "technical", db: "TECHNICAL", label: "Technical" },
  { value: "behavioural", db: "BEHAVIOURAL", label: "Behavioural" },
  { value: "system-design", db: "SYSTEM_DESIGN", label: "System design" },
  { value: "coding", db: "CODING", label: "Coding" },
  { value: "business-case", db: "BUSINESS_CASE", label: "Business case" },
  { value: "compensation", db: "COMPENSATION", label: "Compensation" },
  { value: "quiz", db: "QUIZ", label: "Quiz" },
  { value: "reflection", db: "REFLECTION", label: "Reflection" },
] as const;

export const DIFFICULTIES = [
  { value: "easy", db: "EASY", label: "Easy" },
  { value: "medium", db: "MEDIUM", label: "Medium" },
  { value: "hard", db: "HARD", label: "Hard" },
  { value: "expert", db: "EXPERT", label: "Expert" },
] as const;

export const COMPANY_TYPES = [
  { value: "general", db: "GENERAL", label: "Any company" },
  { value: "big-tech", db: "BIG_TECH", label: "Big tech" },
  { value: "startup", db: "STARTUP", label: "Startup" },
  { value: "enterprise", db: "ENTERPRISE", label: "Enterprise" },
  { value: "research-lab", db: "RESEARCH_LAB", label: "Research lab" },
] as const;

export const SOURCES = [
  { value: "seed", db: "SEED", label: "From the guide" },
  { value: "original", db: "ORIGINAL", label: "PrepLoop original" },
  { value: "personal", db: "PERSONAL", label: "My questions" },
] as const;

/** Focus areas; the first nine are the blocks of the seed's mock interview format. */
export const FOCUS_AREAS = [
  { value: "ml-algorithms", label: "Machine learning algorithms", mock: true },
  { value: "deep-learning", label: "Deep learning concepts", mock: true },
  { value: "data-preprocessing", label: "Data preprocessing & feature engineering", mock: true },
  { value: "ml-system-design", label: "Large-scale ML system design", mock: true },
  { value: "realtime-pipelines", label: "Real-time AI pipeline architecture", mock: true },
  { value: "ml-from-scratch", label: "Implement an ML algorithm from scratch", mock: true },
  { value: "model-optimisation", label: "Optimise AI model performance", mock: true },
  { value: "behavioural", label: "Behavioural scenarios", mock: true },
  { value: "business-case", label: "Business case studies", mock: true },
  { value: "negotiation", label: "Salary negotiation", mock: false },
  { value: "interview-strategy", label: "Interview strategy", mock: false },
  { value: "career", label: "Career development", mock: false },
  { value: "reflection", label: "Reflection", mock: false },
] as const;


type Vocab = readonly { value: string; db: string; label: string }[];

export const values = <T extends readonly { value: string }[]>(v: T) =>
  v.map((x) => x.value) as unknown as [T[number]["value"], ...T[number]["value"][]];

export function toDb<V extends Vocab>(vocab: V, value: V[number]["value"]): V[number]["db"] {
  const found = vocab.find((x) => x.value === value);
  if (!found) throw new Error(`Unknown value ${value}`);
  return found.db;
}

export function fromDb<V extends Vocab>(vocab: V, db: string): V[number]["value"] {
  const found = vocab.find((x) => x.db === db);
  if (!found) throw new Error(`Unknown database value ${db}`);
  return found.value;
}

export function labelOf(vocab: readonly { value: string; label: string }[], value: string) {
  return vocab.find((x) => x.value === value)?.label ?? value;
}

/** The one label of a difficulty, of a question ("hard" or "HARD") or of a mock ("mixed" too): "Hard". */
export function difficultyLabel(value: string): string {
  if (value.toLowerCase() === "mixed") return "Mixed";
  const found = DIFFICULTIES.find((d) => d.value === value || d.db === value);
  return found?.label ?? value;
}
