// The profile as the API returns it (dates as ISO strings).
export type Profile = {
  id: string;
  email: string;
  displayName: string;
  targetRole: string | null;
  targetLevel: string | null;
  region: string | null;
  yearsExperience: number | null;
  nextInterviewOn: string | null;
  timeZone: string;
  version: number;
  createdAt: string;
  /** False for accounts created through an OAuth provider. */
  hasPassword: boolean;
};
