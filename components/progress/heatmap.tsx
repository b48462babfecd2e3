import { type Heatmap } from "@/lib/progress/heatmap";
import { LEVEL_CLASS, heatmapHtml, markupOf } from "./markup";

/** Column and cell sizes for heatmapHtml's plain cells, set once on the container. */
const gridClass =
  "flex gap-[3px] [&>div]:flex [&>div]:flex-col [&>div]:gap-[3px] [&>div>div]:h-[11px] [&>div>div]:w-[11px] [&>div>div]:rounded-sm";

/**
 * The activity calendar: one column per week, Monday at the top. Visual only; the text summary
 * beside it says the same. The 371 cells are one static HTML string (markup.ts), built once per
 * cached heatmap.
 */
export function ActivityHeatmap({ heatmap }: { heatmap: Heatmap }) {
  return (
    <div aria-hidden="true" className="overflow-x-auto pb-1">
      <div className={gridClass} dangerouslySetInnerHTML={{ __html: markupOf(heatmap, "heatmap", () => heatmapHtml(heatmap)) }} />
      <div className="mt-2 flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
        Less
        {LEVEL_CLASS.map((c) => (
          <span key={c} className={`inline-block h-[11px] w-[11px] rounded-sm ${c}`} />
        ))}
        More
      </div>
    </div>
  );
}
