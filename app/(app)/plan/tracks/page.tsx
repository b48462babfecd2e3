import type { Metadata } from "next";
import { Section } from "@/components/plan/section";
import { careerContent, stageYears } from "@/lib/plan/content";
import { type Column, DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Career tracks" };

type Dimension = (typeof careerContent.skillsMatrix.dimensions)[number];

export default function TracksPage() {
  const { tracks, skillsMatrix, professionalBrand } = careerContent;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Career tracks</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          The guide&apos;s career progression paths, the skills expected at each level, and how to build a
          professional brand.
        </p>
      </div>
      {tracks.map((t) => (
        <Section key={t.id} title={t.name.en} id={`track-${t.id}`}>
          <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">{t.summary.en}</p>
          <ol className="grid gap-4 md:grid-cols-2">
            {t.stages.map((s) => (
              <li key={s.id} className="rounded-md border border-slate-200 p-4 dark:border-slate-700">
                <h3 className="font-semibold">{s.title.en}</h3>
                {stageYears(s) && (
                  <p className="text-xs text-slate-600 dark:text-slate-400">{stageYears(s)}</p>
                )}
                <ul className="mt-2 list-disc pl-5 text-sm">
                  {s.focus.map((f) => (
                    <li key={f.en}>{f.en}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </Section>
      ))}
      <Section title="Technical skills assessment matrix" id="matrix-heading">
        <DataTable
          caption="Skills expected at each level"
          label="Skills matrix table"
          rows={skillsMatrix.dimensions}
          rowKey={(d) => d.id}
          rowClassName={() => "align-top"}
          columns={[
            { header: "Skill", rowHeader: true, cell: (d) => d.name.en },
            ...skillsMatrix.levels.map(
              (l): Column<Dimension> => ({ header: `${l.name.en} (${l.years.en})`, cell: (d) => d.byLevel[l.id]?.en }),
            ),
          ]}
        />
      </Section>
      <Section title="Building your professional brand" id="brand-heading">
        <div className="grid gap-4 md:grid-cols-3">
          {professionalBrand.map((b) => (
            <div key={b.id}>
              <h3 className="font-medium">{b.name.en}</h3>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {b.points.map((p) => (
                  <li key={p.en}>{p.en}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>
    </div>
  );
}
