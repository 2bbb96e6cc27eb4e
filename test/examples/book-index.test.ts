/**
 * The book index against the implemented examples and against the reference
 * catalogues: every implemented example is indexed as implemented, every entry that
 * claims to be implemented is, and every catalogued example has an entry.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { bookCoverage, bookCoverageTable, bookIndex } from "../../src/examples/book-index";
import { workedExamples } from "../../src/examples/worked-examples";
import { catalogIds } from "./book-catalog";
import { seedLines, seedsPresent } from "./seed-lines";

const indexed = new Map(bookIndex.map((e) => [e.id, e]));

describe("the book index", () => {
  it("has unique ids", () => {
    expect(indexed.size).toBe(bookIndex.length);
  });

  it("lists every implemented example as implemented, in its chapter", () => {
    const missing = workedExamples.filter((e) => indexed.get(e.id)?.status !== "implemented" || indexed.get(e.id)?.chapter !== e.chapter);
    expect(missing.map((e) => `${e.id} (index: ${indexed.get(e.id)?.status ?? "absent"}, chapter ${indexed.get(e.id)?.chapter})`)).toEqual([]);
  });

  it("claims implemented only for examples that exist", () => {
    const implemented = new Set(workedExamples.map((e) => e.id));
    expect(bookIndex.filter((e) => e.status === "implemented" && !implemented.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it("gives a reason for every example it calls not numeric", () => {
    expect(bookIndex.filter((e) => e.status === "not numeric" && !(e.reason && e.reason.length > 10)).map((e) => e.id)).toEqual([]);
  });

  it.each(["book-ch01-06.md", "book-ch07-12.md", "seeds-000-003.md"])("has an entry for every example of %s", (file) => {
    const ids = catalogIds(file);
    if (!ids) return; // catalogues absent: nothing to compare with
    expect(ids.filter((id) => !indexed.has(id))).toEqual([]);
  });

  it.skipIf(!seedsPresent)("cites seed lines that exist", () => {
    const bad = bookIndex.filter((e) => {
      const lines = seedLines(e.seed);
      return !lines || e.lines[1] > lines.length;
    });
    expect(bad.map((e) => `${e.id} L${e.lines[0]}–L${e.lines[1]}`)).toEqual([]);
  });
});

describe("coverage", () => {
  it("counts every entry once, with a whole-book row", () => {
    const rows = bookCoverage();
    const whole = rows[rows.length - 1];
    expect(whole.chapter).toBe("all");
    expect(whole.total).toBe(bookIndex.length);
    expect(whole.implemented + whole.notYet + whole.notNumeric).toBe(whole.total);
    expect(whole.implemented).toBe(workedExamples.length);
  });

  it("the README shows the current table (regenerate with npm run book:coverage -- --write-readme)", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
    const block = readme.match(/<!-- book-coverage:start -->\n([\s\S]*?)\n<!-- book-coverage:end -->/);
    expect(block?.[1]).toBe(bookCoverageTable());
  });
});
