/** Test helpers for the synth module. */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { Column, Columns } from "../../src/synth";
import type * as Synth from "../../src/synth";

const libSynthEntry = path.resolve(__dirname, "../../lib/synth/index.js");

/**
 * The compiled synth module (lib/), for tests of worker threads, which load the compiled
 * library; build it first (npx tsc -p tsconfig.build.json).
 */
export function libSynth(): typeof Synth {
  if (!fs.existsSync(libSynthEntry)) throw new Error(`${libSynthEntry} missing: run npx tsc -p tsconfig.build.json first`);
  return createRequire(__filename)(libSynthEntry) as typeof Synth;
}

/** sha256 of a column's bytes, its dictionary and its null mask. */
export function columnHash(c: Column): string {
  const h = createHash("sha256");
  h.update(c.type);
  h.update(new Uint8Array(c.values.buffer, c.values.byteOffset, c.values.byteLength));
  if (c.dictionary) h.update(JSON.stringify(c.dictionary));
  if (c.nulls) h.update(c.nulls);
  return h.digest("hex").slice(0, 16);
}

/** Column hashes by name. */
export function hashes(columns: Columns): Record<string, string> {
  return Object.fromEntries(Object.entries(columns).map(([k, c]) => [k, columnHash(c)]));
}

/** Cohen's κ of two label sequences (category indices). */
export function cohenKappa(a: ArrayLike<number>, b: ArrayLike<number>, classes: number): number {
  const n = a.length;
  const rows = new Array(classes).fill(0);
  const cols = new Array(classes).fill(0);
  let agree = 0;
  for (let i = 0; i < n; i++) {
    rows[a[i]]++;
    cols[b[i]]++;
    if (a[i] === b[i]) agree++;
  }
  const po = agree / n;
  let pe = 0;
  for (let k = 0; k < classes; k++) pe += (rows[k] / n) * (cols[k] / n);
  return (po - pe) / (1 - pe);
}

/** Sum of an array. */
export const sum = (xs: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
};
