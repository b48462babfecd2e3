import { SubNav } from "@/components/ui/sub-nav";

const LINKS = [
  { href: "/mentors", label: "Your mentors" },
  { href: "/mentors/calibration", label: "Calibration" },
  { href: "/mentors/activity", label: "Who viewed what" },
  { href: "/mentoring", label: "Your mentees" },
  { href: "/notifications", label: "Notifications" },
] as const;

export function MentorsSubNav({ current }: { current: string }) {
  return <SubNav label="Mentoring" links={LINKS} current={current} />;
}
