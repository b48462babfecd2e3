// Small display helpers shared by the mentoring pages.
/** At most two decimals, no trailing zeros: 6, 6.5, 7.25; "–" for none. */
export const fmt2 = (x: number | null | undefined) =>
  x === null || x === undefined ? "–" : String(Math.round(x * 100) / 100);

export const signed = (x: number | null) =>
  x === null ? "–" : `${x > 0 ? "+" : x < 0 ? "−" : ""}${fmt2(Math.abs(x))}`;

export function when(iso: string) {
  return (
    new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) +
    " UTC"
  );
}

export function day(iso: string) {
  return new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });
}
