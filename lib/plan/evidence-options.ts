// Suggestions for a milestone's evidence: the user's own finished mock interviews and offers,
// plus the pages that summarise their preparation. Pure: the loader passes the rows in.
import { todayIn } from "@/lib/calendar/dates";
import type { EvidenceLink } from "./types";

export type EvidenceGroup = { label: string; options: EvidenceLink[] };

type EvidenceSources = {
  mocks: readonly { id: string; title: string; finishedAt: string; overall: number | null }[];
  offers: readonly { id: string; company: string; role: string }[];
};

/** Evidence labels are at most 80 characters (the milestone schema's limit). */
export const EVIDENCE_LABEL_MAX = 80;

function clip(label: string) {
  return label.length <= EVIDENCE_LABEL_MAX ? label : `${label.slice(0, EVIDENCE_LABEL_MAX - 1).trimEnd()}…`;
}

/** Groups of ready-made evidence links (dates in the user's time zone), empty groups left out. */
export function evidenceOptions({ mocks, offers }: EvidenceSources, timeZone: string): EvidenceGroup[] {
  const groups: EvidenceGroup[] = [
    {
      label: "Mock interview reports",
      options: mocks.map((m) => ({
        label: clip(
          `${m.title}, ${todayIn(timeZone, new Date(m.finishedAt))}${m.overall === null ? "" : ` (${m.overall.toFixed(1)}/10)`}`,
        ),
        url: `/mocks/${m.id}/report`,
      })),
    },
    {
      label: "Offers",
      options: offers.map((o) => ({ label: clip(`Offer: ${o.company}, ${o.role}`), url: `/offers/${o.id}` })),
    },
    {
      label: "Your preparation",
      options: [
        { label: "Progress dashboard", url: "/dashboard" },
        { label: "Self-assessment history", url: "/assessment" },
        { label: "Career portfolio", url: "/plan/portfolio" },
      ],
    },
  ];
  return groups.filter((g) => g.options.length > 0);
}
