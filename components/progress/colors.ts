// Series colours that keep ≥ 3:1 contrast against both the light (white) and dark (slate-900) cards.
export const SERIES_COLORS: Record<string, string> = { self: "#6366f1", practice: "#0d9488", mock: "#db2777", mentor: "#0284c7", ai: "#65a30d", readiness: "#d97706" };
/** For a series without its own colour (a source added later). */
export const FALLBACK_COLOR = "#64748b";
export const BAR_COLOR = "#6366f1";
