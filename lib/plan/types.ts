// The career plan as the API returns it (dates as "YYYY-MM-DD" strings). Safe for client code.
import type { LearningCategory, NetworkKind } from "./content";
import type { HorizonId, HorizonSummary, MilestoneStatus } from "./horizons";
import type { MonthTotals } from "./learning-totals";

export type Plan = {
  id: string;
  trackId: string;
  stageId: string;
  startsOn: string;
  year1Role: string;
  year1Goals: string;
  years2to3Role: string;
  years2to3Goals: string;
  years4to5Role: string;
  years4to5Goals: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type EvidenceLink = { label: string; url: string };

export type Milestone = {
  id: string;
  title: string;
  description: string;
  targetDate: string;
  status: MilestoneStatus;
  progress: number;
  skills: string[];
  evidence: EvidenceLink[];
  position: number;
  version: number;
  /** Derived: the horizon the target date falls in, and whether it is overdue today. */
  horizon: HorizonId | null;
  overdue: boolean;
};

export type PlanSummary = {
  today: string;
  window: { start: string; end: string };
  horizons: HorizonSummary[];
  overdue: number;
};

export type PlanDetail = { plan: Plan; milestones: Milestone[]; summary: PlanSummary };

export type LearningEntry = {
  id: string;
  date: string;
  category: LearningCategory;
  minutes: number;
  note: string;
  createdAt: string;
};

export type LearningOverview = {
  today: string;
  currentMonth: MonthTotals;
  months: MonthTotals[];
  totalsByCategory: { category: LearningCategory; minutes: number }[];
  recent: LearningEntry[];
};

export type NetworkStatus = "PLANNED" | "IN_PROGRESS" | "DONE";

export type NetworkItem = {
  id: string;
  kind: NetworkKind;
  title: string;
  notes: string;
  targetDate: string | null;
  status: NetworkStatus;
  version: number;
  createdAt: string;
};
