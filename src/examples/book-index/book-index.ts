/**
 * The whole book index and the coverage it measures: how many of the catalogued
 * worked examples each chapter implements.
 */
import type { BookChapter } from "../worked-example";
import type { BookIndexEntry } from "./book-index-entry";
import { chapter1Index } from "./ch01";
import { chapter2Index } from "./ch02";
import { chapter3Index } from "./ch03";
import { chapter4Index } from "./ch04";
import { chapter5Index } from "./ch05";
import { chapter6Index } from "./ch06";
import { chapter7Index } from "./ch07";
import { chapter8Index } from "./ch08";
import { chapter9Index } from "./ch09";
import { chapter10Index } from "./ch10";
import { chapter11Index } from "./ch11";
import { chapter12Index } from "./ch12";
import { chapter14Index } from "./ch14";
import { chapter15Index } from "./ch15";
import { chapter16Index } from "./ch16";
import { complexityIndex } from "./complexity";

/** The chapters of the book and the complexity chapter, with their titles, in order. */
export const BOOK_CHAPTERS: readonly { readonly chapter: BookChapter; readonly title: string }[] = Object.freeze(([
  { chapter: 1, title: "Introduction" },
  { chapter: 2, title: "ML Systems" },
  { chapter: 3, title: "ML Workflow" },
  { chapter: 4, title: "Data Engineering" },
  { chapter: 5, title: "Neural Computation" },
  { chapter: 6, title: "Network Architectures" },
  { chapter: 7, title: "ML Frameworks" },
  { chapter: 8, title: "Model Training" },
  { chapter: 9, title: "Data Selection" },
  { chapter: 10, title: "Model Compression" },
  { chapter: 11, title: "Hardware Acceleration" },
  { chapter: 12, title: "Benchmarking" },
  { chapter: 13, title: "Model Serving" },
  { chapter: 14, title: "ML Operations" },
  { chapter: 15, title: "Responsible Engineering" },
  { chapter: 16, title: "Conclusion" },
  { chapter: 17, title: "Appendix: The D·A·M Taxonomy" },
  { chapter: 18, title: "Appendix: Data Foundations" },
  { chapter: 19, title: "Appendix: Algorithm Foundations" },
  { chapter: 20, title: "Appendix: Machine Foundations" },
  { chapter: 21, title: "Appendix: System Assumptions" },
  { chapter: "complexity", title: "Computational Complexity (seeds 000–003)" },
] as { chapter: BookChapter; title: string }[]).map((c) => Object.freeze(c)));

/**
 * Every worked example the reference catalogues list, chapter by chapter, with its
 * status. Chapters whose catalogue is not yet indexed contribute no entries.
 *
 * @example
 * ```ts
 * bookIndex.find((e) => e.id === "WE-1.3")?.status // "implemented"
 * ```
 */
export const bookIndex: readonly BookIndexEntry[] = Object.freeze([
  ...chapter1Index,
  ...chapter2Index,
  ...chapter3Index,
  ...chapter4Index,
  ...chapter5Index,
  ...chapter6Index,
  ...chapter7Index,
  ...chapter8Index,
  ...chapter9Index,
  ...chapter10Index,
  ...chapter11Index,
  ...chapter12Index,
  ...chapter14Index,
  ...chapter15Index,
  ...chapter16Index,
  ...complexityIndex,
]);

/** Coverage of one chapter, from {@link bookCoverage}. */
export interface ChapterCoverage {
  /** The chapter, or `"all"` for the last row (the whole book). */
  readonly chapter: BookChapter | "all";
  readonly title: string;
  /** Examples the library implements. */
  readonly implemented: number;
  /** Numeric examples not written yet. */
  readonly notYet: number;
  /** Examples with nothing to compute. */
  readonly notNumeric: number;
  /** Every indexed example of the chapter; 0 when its catalogue is not indexed yet. */
  readonly total: number;
}

/**
 * Implemented / total worked examples for every chapter, and a last row for the whole book.
 *
 * @example
 * ```ts
 * bookCoverage().find((c) => c.chapter === 1)
 * // { chapter: 1, title: "Introduction", implemented: 1, notYet: 10, notNumeric: 0, total: 11 }
 * ```
 */
export function bookCoverage(): readonly ChapterCoverage[] {
  const rows = BOOK_CHAPTERS.map(({ chapter, title }) => {
    const entries = bookIndex.filter((e) => e.chapter === chapter);
    const count = (status: BookIndexEntry["status"]) => entries.filter((e) => e.status === status).length;
    return Object.freeze({ chapter, title, implemented: count("implemented"), notYet: count("not yet"), notNumeric: count("not numeric"), total: entries.length });
  });
  const sum = (key: "implemented" | "notYet" | "notNumeric" | "total") => rows.reduce((s, r) => s + r[key], 0);
  const whole = Object.freeze({ chapter: "all" as const, title: "The whole book", implemented: sum("implemented"), notYet: sum("notYet"), notNumeric: sum("notNumeric"), total: sum("total") });
  return Object.freeze([...rows, whole]);
}

/**
 * The coverage table as Markdown, the one `npm run book:coverage` prints and the README shows.
 *
 * @example
 * ```ts
 * bookCoverageTable().split("\n")[0] // "| chapter | implemented / total | not numeric | not yet |"
 * ```
 */
export function bookCoverageTable(): string {
  const lines = ["| chapter | implemented / total | not numeric | not yet |", "|---|---:|---:|---:|"];
  for (const row of bookCoverage()) {
    const name = row.chapter === "all" ? `**${row.title}**` : row.chapter === "complexity" ? row.title : `${row.chapter}. ${row.title}`;
    const covered = row.total === 0 ? "not indexed yet" : `${row.implemented} / ${row.total}`;
    lines.push(`| ${name} | ${covered} | ${row.notNumeric} | ${row.notYet} |`);
  }
  return lines.join("\n");
}
