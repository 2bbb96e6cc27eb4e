/**
 * The seed documents, read from ../shared/seeds when they are beside the checkout (as
 * in CI); tests that need them skip when they are not.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { SeedId } from "../../src/examples/worked-example";

export const SHARED = path.resolve(__dirname, "../../../shared");
const seedDir = path.join(SHARED, "seeds");

const cache = new Map<SeedId, string[] | undefined>();

/** The lines of seed `id` (index 0 is line 1), or undefined when the seeds are absent. */
export function seedLines(id: SeedId): string[] | undefined {
  if (!cache.has(id)) {
    const file = fs.existsSync(seedDir) ? fs.readdirSync(seedDir).find((f) => f.startsWith(`${id}_`)) : undefined;
    cache.set(id, file ? fs.readFileSync(path.join(seedDir, file), "utf8").split("\n") : undefined);
  }
  return cache.get(id);
}

export const seedsPresent = seedLines("004") !== undefined;

/** Text as it compares: no thousands separators or spaces, minus signs as "-", lower case. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[\s,\u2009\u202f]/g, "").replace(/[−–]/g, "-");
}

/**
 * Does the seed line print the figure `printed` quotes? The first number of `printed`
 * (without separators) must appear in the line; a `printed` without digits must appear
 * in it as words.
 */
export function linePrints(line: string, printed: string): boolean {
  const number = printed.match(/\d[\d,]*(?:\.\d+)?/);
  return comparable(line).includes(comparable(number ? number[0] : printed));
}
