/**
 * Every worked example the library implements, gathered from the chapter folders
 * (`examples/chNN/`), for tests that check them all and notebooks that list them.
 */
import { validatorFor } from "../util/validate";
import { chapter1Examples } from "./ch01";
import { chapter2Examples } from "./ch02";
import { chapter3Examples } from "./ch03";
import { chapter4Examples } from "./ch04";
import { chapter9Examples } from "./ch09";
import { chapter10Examples } from "./ch10";
import { chapter14Examples } from "./ch14";
import { chapter15Examples } from "./ch15";
import { chapter16Examples } from "./ch16";
import { chapter5Examples } from "./ch05";
import { chapter6Examples } from "./ch06";
import { chapter7Examples } from "./ch07";
import type { BookChapter, WorkedExample } from "./worked-example";

const byChapter: readonly (readonly WorkedExample[])[] = [
  chapter1Examples,
  chapter2Examples,
  chapter3Examples,
  chapter4Examples,
  chapter9Examples,
  chapter10Examples,
  chapter14Examples,
  chapter15Examples,
  chapter16Examples,
  chapter5Examples,
  chapter6Examples,
  chapter7Examples,
];

/** Book order: chapters 1–21, then the complexity chapter; within one, by first seed line. */
function bookOrder(a: WorkedExample, b: WorkedExample): number {
  const rank = (c: BookChapter): number => (c === "complexity" ? 1000 : c);
  return rank(a.chapter) - rank(b.chapter) || a.lines[0] - b.lines[0] || a.id.localeCompare(b.id);
}

/**
 * All implemented worked examples, in book order.
 *
 * @example
 * ```ts
 * workedExamples.map((e) => e.id).slice(0, 3) // ["WE-1.2", "WE-1.12", "WE-1.4"]
 * ```
 */
export const workedExamples: readonly WorkedExample[] = Object.freeze(byChapter.flat().sort(bookOrder));

/**
 * The worked example with this catalogue id (`"WE-1.3"`) or slug (`"gpt3-training-time"`).
 *
 * @throws InvalidParameterError listing the known ids when none matches.
 * @example
 * ```ts
 * getWorkedExample("we-2.5").title // "The Voice Assistant Wall"
 * ```
 */
export function getWorkedExample(idOrSlug: string): WorkedExample {
  const key = typeof idOrSlug === "string" ? idOrSlug.toLowerCase() : idOrSlug;
  const found = workedExamples.find((e) => e.id.toLowerCase() === key || e.slug === key);
  if (!found) {
    const known = workedExamples.map((e) => JSON.stringify(e.id));
    const shown = known.length > 12 ? `${known.slice(0, 12).join(", ")}, … (${known.length} in all; see workedExamples)` : known.join(", ");
    validatorFor("getWorkedExample").fail("idOrSlug", idOrSlug, `one of ${shown} or their slugs`);
  }
  return found as WorkedExample;
}

/**
 * The implemented worked examples of one chapter, in book order.
 *
 * @param chapter - a chapter number (1–16; 17–21 are the appendices) or `"complexity"`.
 * @throws InvalidParameterError for anything else.
 * @example
 * ```ts
 * examplesForChapter(16).map((e) => e.id) // ["W16.5", "W16.3", "W16.4"]
 * ```
 */
export function examplesForChapter(chapter: BookChapter): readonly WorkedExample[] {
  if (chapter !== "complexity" && !(Number.isInteger(chapter) && chapter >= 1 && chapter <= 21)) {
    validatorFor("examplesForChapter").fail("chapter", chapter, 'a chapter number 1–21 or "complexity"');
  }
  return workedExamples.filter((e) => e.chapter === chapter);
}
