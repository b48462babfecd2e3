/** An accessible progress bar; `value` may exceed `max` (shown full, announced exactly). */
export function ProgressBar({
  label,
  value,
  max = 100,
  valueText,
  tone = "indigo",
}: {
  label: string;
  value: number;
  max?: number;
  valueText: string;
  tone?: "indigo" | "green" | "red";
}) {
  const pct = max > 0 ? Math.min(100, Math.round((value * 100) / max)) : 0;
  const fill = {
    indigo: "bg-indigo-600 dark:bg-indigo-400",
    green: "bg-green-600 dark:bg-green-500",
    red: "bg-red-600 dark:bg-red-500",
  }[tone];
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={valueText}
      className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200 print:border print:border-slate-400 dark:bg-slate-700"
    >
      <div className={`h-full rounded-full ${fill}`} style={{ width: `${pct}%` }} />
    </div>
  );
}
