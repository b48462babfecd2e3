import { BandBadge } from "@/components/rubric/band-badge";
import { DataTable } from "@/components/ui/data-table";
import { BANDS } from "@/lib/rubric/data";
import type { MockSummary } from "@/lib/mocks/mocks";
import { PortfolioSection } from "./portfolio-section";

/** Recent finished mock interviews with their overall score and band. */
export function MocksSection({ mocks }: { mocks: MockSummary[] }) {
  const scored = mocks.filter((m) => m.overall !== null && m.band !== null);
  if (scored.length === 0) return null;
  return (
    <PortfolioSection id="portfolio-mocks" title="Mock interview results">
      <DataTable
        caption="Mock interview results: date, overall score and band"
        label="Mock results table"
        rows={scored}
        rowKey={(m) => m.id}
        columns={[
          { header: "Date", cell: (m) => (m.finishedAt ?? m.startedAt).slice(0, 10), className: "tabular-nums whitespace-nowrap" },
          { header: "Mock", cell: (m) => m.title },
          {
            header: "Overall",
            className: "tabular-nums",
            cell: (m) => `${m.overall!.toFixed(2)} / 10${m.scored < m.questionCount ? ` (${m.scored} of ${m.questionCount} scored)` : ""}`,
          },
          {
            header: "Band",
            cell: (m) => (
              <>
                <BandBadge band={m.band!} /> <span className="sr-only print:not-sr-only">{BANDS.find((b) => b.value === m.band)?.meaning}</span>
              </>
            ),
          },
        ]}
      />
    </PortfolioSection>
  );
}
