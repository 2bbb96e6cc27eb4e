/**
 * Every worked example the library implements, in book order, for tests that check
 * them all and notebooks that list them.
 */
import { validatorFor } from "../util/validate";
import { etlVsEltExample } from "./etl-vs-elt";
import { gpt3TrainingTimeExample } from "./gpt3-training-time";
import { voiceAssistantWallExample } from "./voice-assistant-wall";
import type { WorkedExample } from "./worked-example";

/**
 * All implemented worked examples, in book order.
 *
 * @example
 * ```ts
 * workedExamples.map((e) => e.id) // ["WE-1.3", "WE-2.5", "WE-4.9"]
 * ```
 */
export const workedExamples: readonly WorkedExample[] = Object.freeze([
  gpt3TrainingTimeExample,
  voiceAssistantWallExample,
  etlVsEltExample,
]);

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
    const known = workedExamples.map((e) => JSON.stringify(e.id)).join(", ");
    validatorFor("getWorkedExample").fail("idOrSlug", idOrSlug, `one of ${known} or their slugs`);
  }
  return found as WorkedExample;
}
