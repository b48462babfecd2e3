// Series colours that keep ≥ 3:1 contrast against both the light (white) and dark (slate-900) cards.
export const SERIES_COLORS = { self: "#6366f1", practice: "#0d9488", readiness: "#d97706", mentor: "#db2777" } as const;
export const BAR_COLOR = "#6366f1";
