// Every practice item of the source guide, by the title it has in the bank.
export const SEED_TITLES = [
  // Technical deep-dives
  "Advanced ensemble methods",
  "Real-time anomaly detection system",
  "Distributed training optimization",
  // Behavioural scenarios
  "Handling model performance degradation",
  "Cross-functional team conflict",
  "Ethical AI decision",
  "Mentorship and team development",
  "Managing up and setting expectations",
  // System design challenges
  "Real-time recommendation engine",
  "Multi-modal search system",
  "Fraud detection system",
  "Conversational AI platform",
  // Micro-quiz
  "Micro-quiz: technical depth",
  "Micro-quiz: behavioral scenario",
  "Micro-quiz: system design",
  "Micro-quiz: salary research",
  "Micro-quiz: technical communication",
  "Micro-quiz: career development",
  // Common confusions
  "Technical vs behavioral balance",
  "System design vs coding",
  "Mock interview timing",
  "Salary negotiation timing",
  "Interview anxiety management",
  "Follow-up strategy",
  "Multiple offer comparison",
  "Interview preparation timeline",
  // Reflection prompts
  "Interview experience analysis",
  "Value proposition assessment",
  "Career vision and preparation",
  // Company research and negotiation scenarios
  "Company research questions",
  "Negotiation: opening position",
  "Negotiation: value justification",
  "Counter-argument: limited by compensation bands",
  "Counter-argument: this is our final offer",
  "Counter-argument: we don't negotiate for this level",
  // Mini sprint project
  "Mini sprint project: complete mock interview simulation",
] as const;
