/** Distribution properties the book states, checked on fixed seeds. */
import { describe, expect, it } from "vitest";
import {
  annotationLog, clickstream, creditApplications, driftingFeatures, expectedKappa, fraudTransactions,
  generateColumns, servingTrace, streamRecEmbeddings, streamRecInteractions, voiceQueries,
} from "../../src/synth";
import { cohenKappa, sum } from "./helpers";

const T0 = Date.UTC(2024, 0, 1);

describe("scenario distributions", () => {
  it("fraud: 1:99 imbalance (seed 004 L10133), share within 5 binomial se of 0.01", () => {
    const n = 200_000;
    const f = generateColumns(fraudTransactions, { rows: n, seed: 2 }).columns;
    const share = sum(f.is_fraud.values) / n;
    expect(Math.abs(share - 0.01)).toBeLessThan(5 * Math.sqrt((0.01 * 0.99) / n));
  });

  it("voice queries: diurnal peak/average ≈ 4.5 (seed 004 L3080) within ±3 % over the half hour around 18:00 UTC", () => {
    const n = 400_000;
    const ts = generateColumns(voiceQueries, { rows: n, seed: 3 }).columns.ts.values;
    const perMinute = new Float64Array(1440);
    for (const t of ts) perMinute[Math.floor((t - T0) / 60000)]++;
    let peak = 0;
    for (let m = 1080 - 15; m < 1080 + 15; m++) peak += perMinute[m];
    const ratio = peak / 30 / (n / 1440);
    expect(ratio).toBeGreaterThan(4.5 * 0.97);
    expect(ratio).toBeLessThan(4.5 * 1.03);
    // Timestamps are sorted and inside the day.
    let sorted = true;
    for (let i = 1; i < ts.length; i++) if (ts[i] < ts[i - 1]) sorted = false;
    expect(sorted).toBe(true);
    expect(ts[ts.length - 1]).toBeLessThan(T0 + 86400000);
  });

  it("clickstream: Zipf popularity slope s = 1.2 (seed 000 L1066): log-log fit over ranks 1–100 within ±0.05", () => {
    const items = generateColumns(clickstream, { rows: 500_000, seed: 1 }).columns.item_id.values;
    const counts = new Float64Array(100);
    for (const i of items) if (i < 100) counts[i]++;
    let sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (let r = 0; r < 100; r++) {
      const x = Math.log(r + 1), y = Math.log(counts[r]);
      sx += x; sy += y; sxx += x * x; sxy += x * y;
    }
    const slope = (100 * sxy - sx * sy) / (100 * sxx - sx * sx);
    expect(Math.abs(-slope - 1.2)).toBeLessThan(0.05);
  });

  it("clickstream: mean session ≈ 10 events × 48 s = 8 min (seed 004 L6415), within 3 %", () => {
    const c = generateColumns(clickstream, { rows: 200_000, seed: 8 }).columns;
    const sessions = new Set(c.session_id.values).size;
    expect(Math.abs(200_000 / sessions / 10 - 1)).toBeLessThan(0.03);
    expect(Math.abs(sum(c.dwell_s.values) / 200_000 / 48 - 1)).toBeLessThan(0.03);
  });

  it("annotation log: Cohen's κ ≈ 0.85 at the start and ≈ 0.72 at the end (seed 004 L6133), ±0.02", () => {
    const n = 400_000;
    const c = generateColumns(annotationLog, { rows: n, seed: 4 }).columns;
    const kappaOf = (fromItem: number, toItem: number) => {
      const a: number[] = [], b: number[] = [];
      for (let j = fromItem; j < toItem; j++) {
        a.push(c.label.values[2 * j]);
        b.push(c.label.values[2 * j + 1]);
      }
      return cohenKappa(a, b, 3);
    };
    const items = n / 2;
    expect(Math.abs(kappaOf(0, items * 0.05) - 0.85)).toBeLessThan(0.02);
    expect(Math.abs(kappaOf(items * 0.95, items) - 0.72)).toBeLessThan(0.02);
    // The two annotators of an item always differ; gold_correct is null off gold items.
    for (let j = 0; j < 1000; j++) expect(c.annotator_id.values[2 * j]).not.toBe(c.annotator_id.values[2 * j + 1]);
    for (let i = 0; i < 1000; i++) expect(c.gold_correct.nulls?.[i]).toBe(c.is_gold.values[i] ? 0 : 1);
  });

  it("expectedKappa: p_o = 0.82, p_e = 0.5 for accuracy 0.9 and two balanced classes → 0.64", () => {
    expect(expectedKappa(0.9, [0.5, 0.5])).toBeCloseTo(0.64, 12);
  });

  it("credit: default rate ≈ 5 % with the documented model (±0.5 pp), and probabilities are calibrated", () => {
    const n = 200_000;
    const c = generateColumns(creditApplications, { rows: n, seed: 6 }).columns;
    const rate = sum(c.defaulted.values) / n;
    expect(Math.abs(rate - 0.05)).toBeLessThan(0.005);
    expect(Math.abs(sum(c.default_probability.values) / n - rate)).toBeLessThan(5 * Math.sqrt((rate * (1 - rate)) / n));
  });

  it("serving: mean batch seen by a request ≈ λT + 1 = 6 for 500 QPS and T = 10 ms (size-biased Poisson), ±3 %", () => {
    const c = generateColumns(servingTrace, { rows: 100_000, seed: 1 }).columns;
    expect(Math.abs(sum(c.batch_size.values) / 100_000 / 6 - 1)).toBeLessThan(0.03);
    const duration = c.arrival_s.values[99_999];
    expect(Math.abs(duration - 200)).toBeLessThan(5 * Math.sqrt(100_000) / 500); // n/λ ± 5 sd
    expect(Math.max(...c.batch_size.values)).toBeLessThanOrEqual(32);
    const capped = generateColumns(servingTrace, { rows: 5_000, seed: 1, params: { maxBatch: 4 } }).columns;
    expect(Math.max(...capped.batch_size.values)).toBe(4);
    // A full batch is dispatched when its last request arrives: that request waits 0 ms.
    const i = capped.batch_size.values.findIndex((b, k) => b === 4 && capped.batch_id.values[k] === k - 3);
    expect(capped.batch_wait_ms.values[i]).toBe(0);
  });

  it("serving (bursty): bursts carry the 10× rate, so arrivals in bursts outnumber their time share", () => {
    const c = generateColumns(servingTrace, { rows: 50_000, seed: 1, params: { arrivals: "bursty", burstSlotSeconds: 0.01, meanCalmSeconds: 0.2, meanBurstSeconds: 0.05 } }).columns;
    const share = sum(c.burst.values) / 50_000;
    // Time share in burst = 5/25 = 0.2; arrival share = 0.2·10 / (0.2·10 + 0.8) ≈ 0.71.
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.85);
  });

  it("drifting features: mean age moves 32 → 45 over 90 days (Ch 14), and a sudden label shift ×3 odds raises P(label)", () => {
    const c = generateColumns(driftingFeatures, { rows: 90_000, seed: 5 }).columns;
    const meanAge = (d: number) => {
      let s = 0, m = 0;
      for (let i = 0; i < 90_000; i++) if (c.day.values[i] === d) (s += c.age.values[i]), m++;
      return s / m;
    };
    expect(Math.abs(meanAge(0) - 32)).toBeLessThan(1.5);
    expect(Math.abs(meanAge(89) - 45 + 13 / 90)).toBeLessThan(1.5);
    const s = generateColumns(driftingFeatures, { rows: 90_000, seed: 5, params: { covariateShift: "none", labelShift: "sudden", labelStartDay: 45 } }).columns;
    const rate = (a: number, b: number) => {
      let y = 0, m = 0;
      for (let i = 0; i < 90_000; i++) if (s.day.values[i] >= a && s.day.values[i] < b) (y += s.label.values[i]), m++;
      return y / m;
    };
    const before = rate(0, 45), after = rate(45, 90);
    const odds = (p: number) => p / (1 - p);
    expect(Math.abs(odds(after) / odds(before) - 3)).toBeLessThan(0.3);
    // Features given the label are unchanged: mean age among positives before vs after within 1 year.
    const ageGiven = (y: number, a: number, b: number) => {
      let t = 0, m = 0;
      for (let i = 0; i < 90_000; i++) if (s.label.values[i] === y && s.day.values[i] >= a && s.day.values[i] < b) (t += s.age.values[i]), m++;
      return t / m;
    };
    expect(Math.abs(ageGiven(1, 0, 45) - ageGiven(1, 45, 90))).toBeLessThan(1);
  });

  it("streamrec: embeddings are unit vectors near their cluster; interactions prefer the user's cluster", () => {
    const e = generateColumns(streamRecEmbeddings, { rows: 300, seed: 1, params: { dim: 64, clusters: 3 } }).columns;
    const v = e.embedding.values as Float32Array;
    const dot = (i: number, j: number) => { let s = 0; for (let d = 0; d < 64; d++) s += v[i * 64 + d] * v[j * 64 + d]; return s; };
    expect(dot(0, 0)).toBeCloseTo(1, 5);
    expect(dot(0, 3)).toBeGreaterThan(0.6); // same cluster (cos ≈ 1/(1 + 0.25) = 0.8)
    expect(Math.abs(dot(0, 1))).toBeLessThan(0.4); // different clusters
    const r = generateColumns(streamRecInteractions, { rows: 20_000, seed: 1, params: { users: 10_000, items: 5_000 } }).columns;
    expect(sum(r.in_cluster.values) / 20_000).toBeGreaterThan(0.79);
    expect(Math.min(...r.rating.values)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...r.rating.values)).toBeLessThanOrEqual(5);
  });
});

describe("credit applications: the planted bias", () => {
  it("measured TPR and FPR by group recover the planted rates; base rates are equal; region is a proxy", async () => {
    const { creditFairnessTruth } = await import("../../src/synth");
    const c = generateColumns(creditApplications, { rows: 120_000, seed: 9 }).columns;
    const [g, d, a, r] = [c.group.values, c.defaulted.values, c.approved.values, c.region.values];
    const tally = (group: number, repaid: number) => {
      let n = 0, approved = 0;
      for (let i = 0; i < g.length; i++) if (g[i] === group && 1 - d[i] === repaid) { n++; approved += a[i]; }
      return approved / n;
    };
    const truth = creditFairnessTruth({});
    expect(tally(0, 1)).toBeCloseTo(truth.tpr[0], 2);
    expect(tally(1, 1)).toBeCloseTo(truth.tpr[1], 1);
    expect(Math.abs(tally(1, 1) - 0.6)).toBeLessThan(0.015);
    expect(Math.abs(tally(0, 0) - 0.2)).toBeLessThan(0.02);
    let bLow = 0, nLow = 0, bHigh = 0, nHigh = 0;
    for (let i = 0; i < g.length; i++) if (r[i] >= 5) { nHigh++; bHigh += g[i]; } else { nLow++; bLow += g[i]; }
    expect(bHigh / nHigh).toBeGreaterThan(3 * (bLow / nLow));
    expect(creditFairnessTruth({ plantedTpr: [0.8, 0.8] }).tpr).toEqual([0.8, 0.8].map((x) => expect.closeTo(x, 12)));
    expect(() => creditFairnessTruth({ plantedTpr: [0.8, 1] })).toThrow(/plantedTpr\[1\]/);
  });
});
