"use client";
import { whenNearScreen } from "@/components/charts/lazy-chart";

/**
 * The 14-day forecast's bar chart, loaded when it comes near the screen
 * (components/charts/lazy-chart.tsx): recharts is not fetched or run at the practice page's
 * start-up. 200 px: forecast-chart.tsx's height. The only client part of the forecast.
 */
export const LazyForecastChart = whenNearScreen(() => import("./forecast-chart"), () => 200);
