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

/**
 * Resolves once the page has loaded and the browser is idle after it: a chart that waits for this
 * is never fetched or run while the page starts (Lighthouse's blocking time is counted from first
 * paint until the page is interactive).
 */
function afterLoadIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => {
      if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(() => resolve(), { timeout: 2000 });
      else setTimeout(resolve, 200);
    };
    if (document.readyState === "complete") idle();
    else window.addEventListener("load", idle, { once: true });
  });
}

/** True once the element has come within `margin` of the viewport (and from then on); with `afterLoad`, watched only from when the loaded page is idle. */
function useNearScreen<T extends Element>(margin: string, afterLoad: boolean) {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    let io: IntersectionObserver | null = null;
    let stopped = false;
    const watch = () => {
      if (stopped) return;
      io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            setNear(true);
            io?.disconnect();
          }
        },
        { rootMargin: margin },
      );
      io.observe(el);
    };
    if (afterLoad) void afterLoadIdle().then(watch);
    else watch();
    return () => {
      stopped = true;
      io?.disconnect();
    };
  }, [near, margin, afterLoad]);
  return [ref, near] as const;
}

/**
 * `Chart` (loaded with `load`) rendered once its box is near the screen; meanwhile the box keeps
 * the chart's height: `height(props)` px, or [on a phone, from the sm breakpoint up].
 * Options: `margin` (default CHART_ROOT_MARGIN) how near counts; `afterLoad` watch only once the
 * loaded page is idle (for pages whose start-up is already heavy: the mock report, the plan).
 */
export function whenNearScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  height: (props: P) => number | [number, number],
  { margin = CHART_ROOT_MARGIN, afterLoad = false }: { margin?: string; afterLoad?: boolean } = {},
) {
  // React.lazy: the import starts on the first render of <Chart>, which only the client does.
  const Chart = lazy(load);
  return function LazyChart(props: P) {
    const [ref, near] = useNearScreen<HTMLDivElement>(margin, afterLoad);
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
