/**
 * Model-serving request trace: Poisson or bursty arrivals, fixed-window dynamic
 * batching, and lognormal per-stage latencies from the book's latency breakdown
 * (seed 004 Table 12.6, L29088–L29146) with the batch service time S(b) = 5 + 0.6·b ms
 * (L32210), a 10 ms batching window (Table 13.5, L32138) and a "Black Friday" 10×
 * traffic spike for bursts (L30543–L30558).
 */
import { lognormal } from "../random/lognormal";
import { normal } from "../random/normal";
import { lognormalFromRange } from "./draw-helpers";
import { columnSource, KeyedStream, uniform32 } from "./keyed-stream";
import { operationalTimes } from "./poisson-prefix";
import { StepProfile } from "./rate-profile";
import { checkNumberArray, resolveParams } from "./resolve-params";
import { ColumnSpec, Columns, Scenario } from "./scenario";
import { DEFAULT_START_TIME, parseStartTime } from "./time-window";
import { largeTypedArray } from "../util/large-array";

/** Parameters of {@link servingTrace}. */
export interface ServingTraceParams {
  /** "poisson" (constant rate) or "bursty" (Markov-modulated rate on fixed slots). */
  arrivals: "poisson" | "bursty";
  /** Base arrival rate in requests/s; 500 (L32524 example). */
  rateQps: number;
  /** Rate multiplier while bursting; 10 ("Black Friday", L30543). */
  burstMultiplier: number;
  /** Slot length of the modulating chain in s; 1. */
  burstSlotSeconds: number;
  /** Mean burst length in s; 30 (assumption). */
  meanBurstSeconds: number;
  /** Mean time between bursts in s; 600 (assumption). */
  meanCalmSeconds: number;
  /** Batching window T in ms; 10 (Table 13.5, L32138). */
  batchWindowMs: number;
  /** Largest batch; 32 (L32524). */
  maxBatch: number;
  /** Fixed part of the batch service time in ms; 5 (L32210). */
  serviceBaseMs: number;
  /** Per-request part of the batch service time in ms; 0.6 (L32210). */
  servicePerItemMs: number;
  /** Standard deviation of ln(model-time jitter); 0.1 (assumption). */
  serviceJitterSdLog: number;
  /** [low, high] ms of the network stage, read as its 5th–95th percentiles; [10, 100] (Table 12.6). */
  networkMs: readonly number[];
  /** Parse stage; [0.1, 1] (Table 12.6). */
  parseMs: readonly number[];
  /** Preprocess stage; [1, 50] (Table 12.6). */
  preprocessMs: readonly number[];
  /** Postprocess stage; [0.5, 10] (Table 12.6). */
  postprocessMs: readonly number[];
  /** Serialize stage; [0.1, 1] (Table 12.6). */
  serializeMs: readonly number[];
  /** Trace start, ISO-8601 with zone; "2024-01-01T00:00:00Z". */
  startTime: string;
}

const DEFAULTS: ServingTraceParams = Object.freeze({
  arrivals: "poisson",
  rateQps: 500,
  burstMultiplier: 10,
  burstSlotSeconds: 1,
  meanBurstSeconds: 30,
  meanCalmSeconds: 600,
  batchWindowMs: 10,
  maxBatch: 32,
  serviceBaseMs: 5,
  servicePerItemMs: 0.6,
  serviceJitterSdLog: 0.1,
  networkMs: Object.freeze([10, 100]),
  parseMs: Object.freeze([0.1, 1]),
  preprocessMs: Object.freeze([1, 50]),
  postprocessMs: Object.freeze([0.5, 10]),
  serializeMs: Object.freeze([0.1, 1]),
  startTime: DEFAULT_START_TIME,
}) as ServingTraceParams;

const STAGES = ["network_ms", "parse_ms", "preprocess_ms", "postprocess_ms", "serialize_ms"] as const;
const STAGE_PARAM = { network_ms: "networkMs", parse_ms: "parseMs", preprocess_ms: "preprocessMs", postprocess_ms: "postprocessMs", serialize_ms: "serializeMs" } as const;

const COLUMNS: readonly ColumnSpec[] = Object.freeze([
  { name: "request_id", type: "int32", description: "Row index.", wordsPerRow: 0 },
  { name: "ts", type: "timestamp", unit: "ms", description: "Arrival time (whole ms).", wordsPerRow: 0 },
  { name: "arrival_s", type: "float64", unit: "s", description: "Arrival time from the trace start, full precision.", wordsPerRow: 2 },
  { name: "burst", type: "bool", description: "True when the modulating chain was in its burst state at arrival (always false for Poisson).", wordsPerRow: 0 },
  { name: "batch_id", type: "int32", description: "request_id of the batch's first request.", wordsPerRow: 0 },
  { name: "batch_size", type: "int32", description: "Requests in the batch: arrivals in the same window, split into runs of ≤ maxBatch.", wordsPerRow: 0 },
  { name: "batch_wait_ms", type: "float64", unit: "ms", description: "Wait from arrival to dispatch (window end, or arrival of the request that filled the batch).", wordsPerRow: 0 },
  { name: "network_ms", type: "float64", unit: "ms", description: "Network stage, lognormal.", wordsPerRow: 2 },
  { name: "parse_ms", type: "float64", unit: "ms", description: "Parse stage, lognormal.", wordsPerRow: 2 },
  { name: "preprocess_ms", type: "float64", unit: "ms", description: "Preprocess stage, lognormal.", wordsPerRow: 2 },
  { name: "model_ms", type: "float64", unit: "ms", description: "Batch service time (serviceBaseMs + servicePerItemMs·batch_size)·e^(σZ).", wordsPerRow: 2 },
  { name: "postprocess_ms", type: "float64", unit: "ms", description: "Postprocess stage, lognormal.", wordsPerRow: 2 },
  { name: "serialize_ms", type: "float64", unit: "ms", description: "Serialize stage, lognormal.", wordsPerRow: 2 },
  { name: "total_ms", type: "float64", unit: "ms", description: "Sum of batch_wait_ms and all stages (no queueing behind earlier batches).", wordsPerRow: 0 },
] as ColumnSpec[]);

/** Arrival-time map of the bursty mode: a two-state chain on fixed slots, keyed by slot index. */
class BurstChain {
  private readonly keyed: KeyedStream;
  private readonly rates: number[] = [];
  private readonly states: number[] = [];
  private profile: StepProfile | null = null;
  private readonly pOn: number;
  private readonly pOff: number;
  constructor(seed: number, private readonly p: ServingTraceParams) {
    this.keyed = new KeyedStream(seed, "serving_trace/burst");
    this.pOn = 1 - Math.exp(-p.burstSlotSeconds / p.meanCalmSeconds);
    this.pOff = 1 - Math.exp(-p.burstSlotSeconds / p.meanBurstSeconds);
  }
  /** Extends the slots until Λ covers `s`, then returns the step profile. */
  cover(s: number): StepProfile {
    let total = this.profile?.total ?? 0;
    if (this.profile && total > s) return this.profile;
    let state = this.states.length ? this.states[this.states.length - 1] : 0;
    while (total <= s) {
      const k = this.states.length;
      if (k > 0) {
        const u = uniform32(this.keyed.block(Math.floor(k / 4))[k % 4]);
        state = state === 0 ? (u < this.pOn ? 1 : 0) : u < this.pOff ? 0 : 1;
      }
      this.states.push(state);
      const rate = this.p.rateQps * (state ? this.p.burstMultiplier : 1);
      this.rates.push(rate);
      total += rate * this.p.burstSlotSeconds;
    }
    this.profile = StepProfile.fromCellRates(this.rates, this.p.burstSlotSeconds);
    return this.profile;
  }
  stateAt(t: number): number {
    return this.states[Math.min(this.states.length - 1, Math.floor(t / this.p.burstSlotSeconds))];
  }
}

/** Arrival times (s) and burst flags of rows [from, to). */
function arrivalsOf(seed: number, p: ServingTraceParams, chain: BurstChain | null, from: number, to: number, n: number) {
  const { times } = operationalTimes(seed, "serving_trace/arrival", from, to - from, n);
  const burst = largeTypedArray(Uint8Array, to - from);
  if (chain === null) {
    for (let k = 0; k < times.length; k++) times[k] /= p.rateQps;
  } else {
    const profile = chain.cover(times.length ? times[times.length - 1] : 0);
    profile.inverseSorted(times, times);
    for (let k = 0; k < times.length; k++) burst[k] = chain.stateAt(times[k]);
  }
  return { times, burst };
}

/**
 * A request trace for serving experiments. Arrivals: with "poisson", tᵢ = Sᵢ/λ where
 * Sᵢ are unit-rate Poisson operational times built per {@link ARRIVAL_BLOCK}-row block
 * (exact Poisson process, partition-safe); with "bursty", tᵢ = Λ⁻¹(Sᵢ) for the rate
 * λ·(1 or burstMultiplier) of a two-state Markov chain on burstSlotSeconds slots whose
 * switch draws are keyed by slot (a discrete-time MMPP; `mmppArrivals` in the random
 * module is the continuous-time one but is sequential). Batching: fixed windows
 * [jT, (j+1)T); a window's arrivals are dispatched in runs of ≤ maxBatch, each run when
 * it fills or at the window end. Each row's batch is found by extending the generated
 * range to whole windows, so partitions agree. Stage latencies are lognormal with the
 * Table 12.6 ranges as 5th–95th percentiles; the queue stage of Table 12.6 depends on
 * server state and is left to a simulator.
 *
 * @example
 * ```ts
 * const s = generateColumns(servingTrace, { rows: 10_000, seed: 1 });
 * // mean batch_size over requests: 5.956 (≈ λT + 1 = 6: a request sees its own batch, so sizes are size-biased)
 * ```
 */
export const servingTrace: Scenario<ServingTraceParams> = Object.freeze({
  name: "serving_trace",
  title: "Serving request trace (Poisson or bursty arrivals, batches, stage latencies)",
  source: "seed 004 Table 12.6 L29088–L29146 (stage ranges), L32138 (Table 13.5, T = 10 ms), L32210 (S(b) = 5 + 0.6b ms), L32524 (500 QPS, b_max 32), L30543 (10× spike)",
  defaults: DEFAULTS,
  columns: COLUMNS,
  streams: Object.freeze([
    { name: "serving_trace/arrival/gap", words: 2, per: "row" },
    { name: "serving_trace/arrival/block_sum", words: 6, per: "block of 4096 rows" },
    { name: "serving_trace/burst", words: 1, per: "slot" },
    ...[...STAGES, "model_ms"].map((s) => ({ name: `serving_trace/${s}`, words: 2, per: "row" })),
  ]),
  columnsFor: () => COLUMNS,
  resolve: (params?: Partial<ServingTraceParams>) =>
    resolveParams("serving_trace", DEFAULTS, params, (p, v) => {
      v.oneOf("arrivals", p.arrivals, ["poisson", "bursty"] as const);
      v.positive("rateQps", p.rateQps);
      v.atLeast("burstMultiplier", p.burstMultiplier, 1);
      v.positive("burstSlotSeconds", p.burstSlotSeconds);
      v.positive("meanBurstSeconds", p.meanBurstSeconds);
      v.positive("meanCalmSeconds", p.meanCalmSeconds);
      v.positive("batchWindowMs", p.batchWindowMs);
      v.integer("maxBatch", p.maxBatch, 1);
      v.nonNegative("serviceBaseMs", p.serviceBaseMs);
      v.nonNegative("servicePerItemMs", p.servicePerItemMs);
      v.positive("serviceJitterSdLog", p.serviceJitterSdLog);
      for (const s of STAGES) {
        const name = STAGE_PARAM[s];
        const [lo, hi] = checkNumberArray(v, name, p[name], 2);
        v.positive(`${name}[0]`, lo);
        if (!(hi > lo)) v.fail(`${name}[1]`, hi, `a number > ${name}[0] (${lo})`);
      }
      parseStartTime(v, "startTime", p.startTime);
    }),
  generate(seed: number, p: ServingTraceParams, rowStart: number, rowCount: number, totalRows: number): Columns {
    const startMs = Date.parse(p.startTime);
    const end = rowStart + rowCount;
    const windowS = p.batchWindowMs / 1000;
    const chain = p.arrivals === "bursty" ? new BurstChain(seed, p) : null;
    // Extend [rowStart, end) to whole batching windows.
    let pad = 64;
    let from: number;
    let to: number;
    let arr: ReturnType<typeof arrivalsOf>;
    for (;;) {
      from = Math.max(0, rowStart - pad);
      to = Math.min(totalRows, end + pad);
      arr = arrivalsOf(seed, p, chain, from, to, totalRows);
      const w = (t: number) => Math.floor(t / windowS);
      const headOk = from === 0 || w(arr.times[0]) < w(arr.times[rowStart - from]);
      const tailOk = to === totalRows || rowCount === 0 || w(arr.times[to - from - 1]) > w(arr.times[end - 1 - from]);
      if (headOk && tailOk) break;
      pad *= 2;
    }
    const t = arr.times;
    const batchId = largeTypedArray(Int32Array, rowCount);
    const batchSize = largeTypedArray(Int32Array, rowCount);
    const wait = largeTypedArray(Float64Array, rowCount);
    // Scan windows over the extended range; a window that starts before `from` is never needed.
    for (let i = 0; i < t.length; ) {
      const win = Math.floor(t[i] / windowS);
      let j = i;
      while (j < t.length && Math.floor(t[j] / windowS) === win) j++;
      for (let b = i; b < j; b += p.maxBatch) {
        const last = Math.min(j, b + p.maxBatch);
        const dispatch = last - b === p.maxBatch ? t[last - 1] : (win + 1) * windowS;
        for (let r = b; r < last; r++) {
          const row = from + r;
          if (row < rowStart || row >= end) continue;
          batchId[row - rowStart] = from + b;
          batchSize[row - rowStart] = last - b;
          wait[row - rowStart] = (dispatch - t[r]) * 1000;
        }
      }
      i = j;
    }
    const requestId = largeTypedArray(Int32Array, rowCount);
    const ts = largeTypedArray(Float64Array, rowCount);
    const arrival = largeTypedArray(Float64Array, rowCount);
    const burst = largeTypedArray(Uint8Array, rowCount);
    for (let k = 0; k < rowCount; k++) {
      requestId[k] = rowStart + k;
      arrival[k] = t[rowStart - from + k];
      ts[k] = Math.round(startMs + arrival[k] * 1000);
      burst[k] = arr.burst[rowStart - from + k];
    }
    const out: Columns = {
      request_id: { type: "int32", values: requestId },
      ts: { type: "timestamp", values: ts },
      arrival_s: { type: "float64", values: arrival },
      burst: { type: "bool", values: burst },
      batch_id: { type: "int32", values: batchId },
      batch_size: { type: "int32", values: batchSize },
      batch_wait_ms: { type: "float64", values: wait },
    };
    const total = wait.slice();
    const stage = (name: (typeof STAGES)[number]) => {
      const [lo, hi] = p[STAGE_PARAM[name]];
      const x = lognormal(columnSource(seed, `serving_trace/${name}`, rowStart, 2), largeTypedArray(Float64Array, rowCount), lognormalFromRange(lo, hi));
      for (let k = 0; k < rowCount; k++) total[k] += x[k];
      return x;
    };
    const network = stage("network_ms");
    const parse = stage("parse_ms");
    const pre = stage("preprocess_ms");
    const model = normal(columnSource(seed, "serving_trace/model_ms", rowStart, 2), largeTypedArray(Float64Array, rowCount));
    for (let k = 0; k < rowCount; k++) {
      model[k] = (p.serviceBaseMs + p.servicePerItemMs * batchSize[k]) * Math.exp(p.serviceJitterSdLog * model[k]);
      total[k] += model[k];
    }
    const post = stage("postprocess_ms");
    const ser = stage("serialize_ms");
    Object.assign(out, {
      network_ms: { type: "float64", values: network },
      parse_ms: { type: "float64", values: parse },
      preprocess_ms: { type: "float64", values: pre },
      model_ms: { type: "float64", values: model },
      postprocess_ms: { type: "float64", values: post },
      serialize_ms: { type: "float64", values: ser },
      total_ms: { type: "float64", values: total },
    });
    return out;
  },
});
