// Every practice item of the source guide, by the title it has in the bank.
export const SEED_TITLES = [
  // Technical deep-dives
  "Advanced Ensemble Methods",
  "Real-time Anomaly Detection System",
  "Distributed Training Optimization",
  // Behavioural scenarios
  "Handling Model Performance Degradation",
  "Cross-Functional Team Conflict",
  "Ethical AI Decision",
  "Mentorship and Team Development",
  "Managing Up and Setting Expectations",
  // System design challenges
  "Real-time Recommendation Engine",
  "Multi-modal Search System",
  "Fraud Detection System",
  "Conversational AI Platform",
  // Micro-quiz
  "Micro-quiz: Technical Depth",
  "Micro-quiz: Behavioral Scenario",
  "Micro-quiz: System Design",
  "Micro-quiz: Salary Research",
  "Micro-quiz: Technical Communication",
  "Micro-quiz: Career Development",
  // Common confusions
  "Technical vs Behavioral Balance",
  "System Design vs Coding",
  "Mock Interview Timing",
  "Salary Negotiation Timing",
  "Interview Anxiety Management",
  "Follow-up Strategy",
  "Multiple Offer Comparison",
  "Interview Preparation Timeline",
  // Reflection prompts
  "Interview Experience Analysis",
  "Value Proposition Assessment",
  "Career Vision and Preparation",
  // Company research and negotiation scenarios
  "Company Research Questions",
  "Negotiation: Opening Position",
  "Negotiation: Value Justification",
  "Counter-argument: Limited by Compensation Bands",
  "Counter-argument: This Is Our Final Offer",
  "Counter-argument: We Don't Negotiate for This Level",
  // Mini sprint project
  "Mini Sprint Project: Complete Mock Interview Simulation",
] as const;
