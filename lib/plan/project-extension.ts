// The guide's Full Project Extension as a guided project in the career plan. Pure: the
// milestone each component becomes and its target date (the request schemas are in
// project-extension-schema.ts: this module is read by the plan page in the browser, without zod). Decision 0021: the project runs 5 weeks (the middle of the guide's 4-6) from
// the day a component is adopted; component n of 6 is due n/6 of the way through (days 6, 12,
// 18, 23, 29, 35), so adopting all at once spreads them over the 5 weeks and adopting one later
// keeps its place in the sequence. At 10-15 hours a week that is about 8-13 hours a component.
import { addDays } from "@/lib/calendar/dates";
import { COMPONENT_KEYS, CRITERION_KEYS, type ComponentKey, PROJECT_EXTENSION } from "./data/project-extension";

const PROJECT_DAYS = 35;
const HOURS_PER_WEEK = { min: 10, max: 15 };
const WEEKS = PROJECT_DAYS / 7;

/** "project-extension/skills-assessment": the milestone's template key (one per plan). */
export function templateKeyOf(key: ComponentKey): string {
  return `project-extension/${key}`;
}

/** Days after adoption that component `index` (0-5) is due. */
export function componentDueOffset(index: number): number {
  return Math.round((PROJECT_DAYS * (index + 1)) / PROJECT_EXTENSION.components.length);
}

/** Hours a component takes: the project's hours shared over its six components. */
export function componentHours(): { min: number; max: number } {
  const n = PROJECT_EXTENSION.components.length;
  return { min: Math.floor((HOURS_PER_WEEK.min * WEEKS) / n), max: Math.ceil((HOURS_PER_WEEK.max * WEEKS) / n) };
}

type ComponentMilestone = { templateKey: string; title: string; description: string; targetDate: string; skills: string[] };

/** The milestone a component becomes when adopted on `adoptedOn`. */
export function componentMilestone(key: ComponentKey, adoptedOn: string): ComponentMilestone {
  const index = COMPONENT_KEYS.indexOf(key);
  const c = PROJECT_EXTENSION.components[index]!;
  const h = componentHours();
  return {
    templateKey: templateKeyOf(key),
    title: `Project ${index + 1}/6: ${c.title}`,
    description: [
      `Full Project Extension (${PROJECT_EXTENSION.title}), component ${index + 1} of 6. About ${h.min}-${h.max} hours.`,
      ...c.bullets.map((b) => `- ${b}`),
    ].join("\n"),
    targetDate: addDays(adoptedOn, componentDueOffset(index)),
    skills: [],
  };
}

/** The checklist in the guide's order, whatever order the keys were ticked in. */
export function orderedCriteria(checked: readonly string[]): string[] {
  return CRITERION_KEYS.filter((k) => checked.includes(k));
}
