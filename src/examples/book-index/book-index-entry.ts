/**
 * The book index: every worked example the reference catalogues list, with whether
 * the library implements it. Coverage of the book is a count over this index.
 */
import { validatorFor } from "../../util/validate";
import type { BookChapter, SeedId } from "../worked-example";

/**
 * Where an example stands:
 * - `"implemented"`: a {@link WorkedExample} with this id exists and its checks pass;
 * - `"not yet"`: numeric, waiting to be written;
 * - `"not numeric"`: nothing to compute (a qualitative claim, a symbolic derivation, a
 *   figure that depends on timing or data the book does not give); `reason` says which.
 */
export type BookIndexStatus = "implemented" | "not yet" | "not numeric";

/** One worked example of the book, as the reference catalogues list it. */
export interface BookIndexEntry {
  /** The catalogue id, e.g. `"WE-5.2"`, `"W7.4"`, `"C-E19"`. */
  readonly id: string;
  /** The chapter (17–21 are the appendices; `"complexity"` the complexity chapter). */
  readonly chapter: BookChapter;
  /** The seed document its lines refer to. */
  readonly seed: SeedId;
  /** First and last seed line the catalogue cites for it. */
  readonly lines: readonly [number, number];
  /** The catalogue's title for it. */
  readonly title: string;
  /** Whether the library implements it. */
  readonly status: BookIndexStatus;
  /** Why it is not numeric, or a remark on how it is covered. Required for `"not numeric"`. */
  readonly reason?: string;
}

/** An entry as a chapter's index file writes it: chapter and (by default) seed come from the file. */
export type ChapterIndexRow = Omit<BookIndexEntry, "chapter" | "seed"> & { readonly seed?: SeedId };

/**
 * Freezes one chapter's index rows into entries, filling in the chapter and the seed.
 *
 * @param chapter - the chapter every row belongs to.
 * @param rows - the rows, in catalogue order.
 * @param seed - the seed of rows that do not name one; default `"004"`.
 * @throws InvalidParameterError for a malformed row (bad lines, a "not numeric" row without a reason).
 * @example
 * ```ts
 * chapterIndex(5, [{ id: "WE-5.3", lines: [8693, 8702], title: "MNIST vs GPT-2 data-term scale", status: "not yet" }])[0].chapter // 5
 * ```
 */
export function chapterIndex(chapter: BookChapter, rows: readonly ChapterIndexRow[], seed: SeedId = "004"): readonly BookIndexEntry[] {
  const check = validatorFor(`chapterIndex(${JSON.stringify(chapter)})`);
  return Object.freeze(rows.map((row, i) => {
    check.integer(`rows[${i}].lines[0]`, row.lines[0], 1);
    check.atLeast(`rows[${i}].lines[1]`, row.lines[1], row.lines[0]);
    check.oneOf(`rows[${i}].status`, row.status, ["implemented", "not yet", "not numeric"] as const);
    if (row.status === "not numeric" && !row.reason) check.fail(`rows[${i}].reason`, row.reason, `a reason why ${row.id} is not numeric`);
    return Object.freeze({ ...row, chapter, seed: row.seed ?? seed, lines: Object.freeze([row.lines[0], row.lines[1]] as const) });
  }));
}
