import { Badge, type BadgeTone } from "@/components/ui/badge";
import { BANDS } from "@/lib/rubric/data";

const tone: Record<string, BadgeTone> = {
  excellent: "green",
  good: "indigo",
  developing: "amber",
  "needs-improvement": "red",
};

export function BandBadge({ band }: { band: string }) {
  const b = BANDS.find((x) => x.value === band);
  return <Badge tone={tone[band] ?? "slate"}>{b?.label ?? band}</Badge>;
}
