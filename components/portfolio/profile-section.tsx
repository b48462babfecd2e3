import { REGIONS, TARGET_LEVELS } from "@/lib/options/career";
import type { Profile } from "@/lib/accounts/profile-types";
import { formatDate } from "@/lib/calendar/dates";

export function ProfileSection({ profile }: { profile: Profile }) {
  const rows = [
    ["Target role", profile.targetRole],
    ["Target level", TARGET_LEVELS.find((l) => l.value === profile.targetLevel)?.label],
    ["Region", REGIONS.find((r) => r.value === profile.region)?.label],
    ["Years of experience", profile.yearsExperience === null ? null : String(profile.yearsExperience)],
    ["Next interview", profile.nextInterviewOn ? formatDate(profile.nextInterviewOn) : null],
  ].filter((r): r is [string, string] => Boolean(r[1]));
  return (
    <header>
      <h1 className="text-2xl font-bold">{profile.displayName}: career portfolio</h1>
      {rows.length > 0 ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="no-print mt-2 text-sm text-slate-600 dark:text-slate-400">
          Add your target role, level and region on your profile to show them here.
        </p>
      )}
    </header>
  );
}
