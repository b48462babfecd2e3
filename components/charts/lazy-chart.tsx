"use client";
// Charts load when they come near the screen, not at start-up: until then each is an empty box of
// the chart's height (nothing moves when it arrives), and recharts (its own chunk) is fetched and
// run only when the first chart is about to be seen. The first screen is server-rendered without
// it; the tables and summaries beside each chart carry the same numbers for screen readers and
// before the chart arrives (decision 0025). Used by the dashboard (components/progress/lazy-charts.tsx),
// the mock report (components/mocks/lazy-report-charts.tsx) and the plan (components/plan/lazy-charts.tsx).
import { type CSSProperties, type ComponentType, Suspense, lazy, useEffect, useRef, useState } from "react";

/** How far below (or above) the screen a chart starts loading, so it is usually drawn by the time it is seen. */
const CHART_ROOT_MARGIN = "200px 0px";

const loading = <p className="py-12 text-center text-sm text-slate-600 dark:text-slate-400">Loading chart…</p>;

/** True once the element has come within CHART_ROOT_MARGIN of the viewport (and from then on). */
function useNearScreen<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          io.disconnect();
        }
      },
      { rootMargin: CHART_ROOT_MARGIN },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [near]);
  return [ref, near] as const;
}

/**
 * `Chart` (loaded with `load`) rendered once its box is near the screen; meanwhile the box keeps
 * the chart's height: `height(props)` px, or [on a phone, from the sm breakpoint up].
 */
export function whenNearScreen<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, height: (props: P) => number | [number, number]) {
  // React.lazy: the import starts on the first render of <Chart>, which only the client does.
  const Chart = lazy(load);
  return function LazyChart(props: P) {
    const [ref, near] = useNearScreen<HTMLDivElement>();
    const h = height(props);
    const [phone, wide] = typeof h === "number" ? [h, h] : h;
    return (
      <div
        ref={ref}
        data-lazy-chart={near ? "shown" : "waiting"}
        className="min-h-(--chart-h) sm:min-h-(--chart-h-sm)"
        style={{ "--chart-h": `${phone}px`, "--chart-h-sm": `${wide}px` } as CSSProperties}
      >
        {near && (
          <Suspense fallback={loading}>
            <Chart {...props} />
          </Suspense>
        )}
      </div>
    );
  };
}
