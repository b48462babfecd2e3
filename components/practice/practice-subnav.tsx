import { SubNav } from "@/components/ui/sub-nav";

const LINKS = [
  { href: "/practice", label: "Review queue" },
  { href: "/practice/quiz", label: "Micro-quiz" },
  { href: "/practice/journal", label: "Journal" },
  { href: "/practice/interviews", label: "Interviews" },
] as const;

export function PracticeSubnav({ current }: { current: string }) {
  return <SubNav label="Practice" links={LINKS} current={current} />;
}
