/**
 * Dependencies point one way (DESIGN.md): util ← units ← constants ← calc ←
 * examples ← viz ← display, and util ← random ← {synth, drift}; worked examples, charts
 * and displays sit downstream of both chains, so examples may also use random and drift,
 * and viz and display random, synth and drift. Calculators may draw from seeded random streams (the
 * bootstrap intervals of calc/fairness); random depends on util only, so no cycle arises.
 * A module may import from itself and from the modules listed for it, nothing else.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const src = path.resolve(__dirname, "../../src");

const allowed: Record<string, readonly string[]> = {
  util: [],
  // C source only (src/native/huge-pages.c), built into build/ and loaded by util/large-array.ts.
  native: [],
  units: ["util"],
  constants: ["util", "units"],
  // calc/fairness draws its bootstrap resamples from seeded Philox streams.
  calc: ["util", "units", "constants", "random"],
  // Worked examples sit downstream of both chains: a drift example (PSI, KS) uses the statistics.
  examples: ["util", "units", "constants", "calc", "random", "drift"],
  viz: ["util", "units", "constants", "calc", "examples", "random", "synth", "drift"],
  display: ["util", "units", "constants", "calc", "examples", "viz", "random", "synth", "drift"],
  random: ["util"],
  synth: ["util", "random", "units"],
  drift: ["util", "random"],
  cli: ["util", "units", "random", "synth"],
  warehouse: ["util", "units", "random", "synth"],
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from\s+|require\()\s*"(\.[^"]+)"/g)].map((m) => m[1]);
  return specifiers.map((s) => path.relative(src, path.resolve(path.dirname(file), s)));
}

describe("module dependency direction", () => {
  const modules = fs.readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it("every module has a declared place", () => {
    expect(modules.filter((m) => !(m in allowed))).toEqual([]);
  });

  for (const module of modules) {
    it(`${module} imports only from ${[module, ...(allowed[module] ?? [])].join(", ")}`, () => {
      const violations = sourceFiles(path.join(src, module)).flatMap((file) =>
        relativeImports(file)
          .map((target) => target.split(path.sep)[0])
          .filter((target) => target !== module && !(allowed[module] ?? []).includes(target))
          .map((target) => `${path.relative(src, file)} → ${target}`),
      );
      expect(violations).toEqual([]);
    });
  }

  it("heavy packages are never imported at the top level (only `import type` or a lazy require)", () => {
    const heavy = /^\s*import\s+(?!type\b)[^;]*from\s+"(vega|vega-lite|apache-arrow|@duckdb\/node-api|danfojs[^"]*)"/m;
    const offenders = sourceFiles(src).filter((file) => heavy.test(fs.readFileSync(file, "utf8")));
    expect(offenders.map((f) => path.relative(src, f))).toEqual([]);
  });
});
