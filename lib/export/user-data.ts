import "server-only";
import { exportAiReviews } from "@/lib/ai/review";
import { exportAnswerFeedback } from "@/lib/feedback/answer-feedback";
import { exportOffers } from "@/lib/offers/export-offers";
import { exportMentoring } from "@/lib/mentors/export-mentors";
import { exportMocks } from "@/lib/mocks/report";
import { exportCareerPlan } from "@/lib/plan/export-plan";
import { exportPractice } from "@/lib/practice/export-practice";
import { exportQuestions } from "@/lib/questions/export-questions";
import { exportSelfAssessments } from "@/lib/rubric/self-assessments";
import { getProfile } from "@/lib/accounts/profile";
import { exportStories } from "@/lib/stories/stories";
import { exportRecordings } from "@/lib/speech/recordings";
import { exportLive } from "@/lib/live/live";

/**
 * The user's data export: one section per domain, each produced by that domain's own
 * public function (scoped to the user). A domain joins the export by adding one entry here.
 */
const SECTIONS: Record<string, (userId: string) => Promise<unknown>> = {
  profile: getProfile,
  selfAssessments: exportSelfAssessments,
  questions: exportQuestions,
  practice: exportPractice,
  offers: exportOffers,
  careerPlan: exportCareerPlan,
  mockInterviews: exportMocks,
  mentoring: exportMentoring,
  aiReviews: exportAiReviews,
  answerFeedback: exportAnswerFeedback,
  stories: exportStories,
  // Metadata and metrics of spoken answers; the audio itself is fetched from each `audioUrl`.
  recordings: exportRecordings,
  liveMocks: exportLive,
};

const EXPORT_FORMAT = "preploop-export";
const EXPORT_FORMAT_VERSION = 1;

export async function exportUserData(userId: string) {
  const names = Object.keys(SECTIONS);
  const values = await Promise.all(names.map((name) => SECTIONS[name]!(userId)));
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    ...Object.fromEntries(names.map((name, i) => [name, values[i]])),
  };
}
