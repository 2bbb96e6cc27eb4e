/**
 * Clickstream events for the book's ETL-vs-ELT problem (seed 004 L6301: 10 TB/day of
 * raw clickstream, session features over 1 h / 24 h / 7 d windows) and its monitoring
 * examples (L6415: mean session length 8 min; L6016: mobile vs desktop share).
 */
import { aliasTable } from "../random/alias-table";
import { categorical } from "../random/categorical";
import { lognormal } from "../random/lognormal";
import { philoxBlock } from "../random/philox-kernel";
import { streamFor } from "../random/stream-for";
import { zipf, ZIPF_WORDS } from "../random/zipf";
import { cumulative, pick } from "./draw-helpers";
import { columnSource, uniform32 } from "./keyed-stream";
import { StepProfile } from "./rate-profile";
import { checkProbabilities, resolveParams } from "./resolve-params";
import { ColumnSpec, Columns, Scenario } from "./scenario";
import { DEFAULT_START_TIME, diurnalWindow, parseStartTime } from "./time-window";
import { largeTypedArray } from "../util/large-array";

/** Parameters of {@link clickstream}. */
export interface ClickstreamParams {
  /** Length of the time window in s; 86,400 (24 h). See {@link CLICKSTREAM_WINDOWS} for 1 h and 7 d. */
  windowSeconds: number;
  /** Start of the window, ISO-8601 with zone; "2024-01-01T00:00:00Z". */
  startTime: string;
  /** Number of distinct users (ids 0 … users − 1), drawn uniformly per session; 1,000,000 (assumption). */
  users: number;
  /** Catalog size (ids 0 … items − 1, id = popularity rank − 1); 200,000, StreamRec's catalog (seed 000 L32). */
  items: number;
  /** Zipf exponent s of item popularity, P(rank k) ∝ k^(−s); 1.2, StreamRec's view-count stream (seed 000 L1066–1076). */
  zipfExponent: number;
  /** Mean events per session (geometric lengths ≥ 1); 10 (assumption). */
  meanSessionEvents: number;
  /** Cap on events per session; 200. */
  maxSessionEvents: number;
  /** Mean dwell time per event in s; 48, so that a mean session lasts 10 × 48 s = 8 min (seed 004 L6415). */
  meanDwellSeconds: number;
  /** Standard deviation of ln(dwell); 1.0 (assumption). */
  dwellSdLog: number;
  /** Peak / mean of the diurnal session-start rate; 2 (assumption: the book gives 4.5 only for voice queries). */
  peakToAverage: number;
  /** Hour of the daily peak, UTC; 20 (assumption). */
  peakHour: number;
  /** Probabilities of view, click, add_to_cart, purchase; [0.70, 0.20, 0.07, 0.03] (assumption). */
  eventTypeProbabilities: readonly number[];
  /** Probabilities of mobile, desktop, tablet per session; [0.55, 0.40, 0.05] (assumption). */
  deviceProbabilities: readonly number[];
}

const EVENT_TYPES = ["view", "click", "add_to_cart", "purchase"] as const;
const DEVICES = ["mobile", "desktop", "tablet"] as const;
/** Sessions never cross a multiple of this many rows (see {@link clickstream}). */
export const SESSION_BLOCK = 4096;

const DEFAULTS: ClickstreamParams = Object.freeze({
  windowSeconds: 86400,
  startTime: DEFAULT_START_TIME,
  users: 1_000_000,
  items: 200_000,
  zipfExponent: 1.2,
  meanSessionEvents: 10,
  maxSessionEvents: 200,
  meanDwellSeconds: 48,
  dwellSdLog: 1,
  peakToAverage: 2,
  peakHour: 20,
  eventTypeProbabilities: Object.freeze([0.7, 0.2, 0.07, 0.03]),
  deviceProbabilities: Object.freeze([0.55, 0.4, 0.05]),
});

const COLUMNS: readonly ColumnSpec[] = Object.freeze([
  { name: "user_id", type: "int32", description: "User id, uniform over users, one per session (drawn with the session).", wordsPerRow: 0 },
  { name: "session_id", type: "int32", description: "Row index of the session's first event (unique).", wordsPerRow: 0 },
  { name: "ts", type: "timestamp", unit: "ms", description: "Event time: session start (diurnal profile) plus the dwell times of the session's earlier events.", wordsPerRow: 0 },
  { name: "event_type", type: "dictionary", categories: EVENT_TYPES, description: "Event kind, i.i.d. per event.", wordsPerRow: 2 },
  { name: "item_id", type: "int32", description: "Item id = Zipf popularity rank − 1 (bounded Zipf; alias table up to 2^22 items, rejection-inversion above).", wordsPerRow: ZIPF_WORDS },
  { name: "device", type: "dictionary", categories: DEVICES, description: "Device of the session.", wordsPerRow: 0 },
  { name: "dwell_s", type: "float64", unit: "s", description: "Time spent on the event, lognormal.", wordsPerRow: 2 },
] as ColumnSpec[]);

/**
 * Clickstream events, one row per event, grouped by session.
 *
 * Sessions: rows are cut into blocks of {@link SESSION_BLOCK} rows; within a block,
 * a session starts at row r and has length L = min(1 + Geometric(1/meanSessionEvents),
 * maxSessionEvents, rows left in the block), the next one starts at r + L. Each
 * session draws its words from block r of the stream "clickstream/session" (4 words
 * per row, used only at session starts): w₀ → L, w₁ → user_id, w₂ → device, w₃ → the
 * start time t₀ = Λ⁻¹((r + U)/n · Λ(T)) where Λ is the cumulative diurnal rate over
 * the window and n the table's row count. Start times are thus stratified by row and
 * ascending in session order (counts per interval follow the diurnal shape with
 * less-than-Poisson noise). The k-th event of a session is at t₀ plus the dwell times
 * of events 0 … k − 1 (so a session may run past the window end by its own length).
 * Other columns: see {@link ColumnSpec.description}; streams "clickstream/<column>".
 *
 * Sizing: 10 TB/day (L6301) at an assumed ~1 kB per event is ~10¹⁰ events per day;
 * choose `rows` for the sample you want and `windowSeconds` from
 * {@link CLICKSTREAM_WINDOWS}.
 *
 * @example
 * ```ts
 * const c = generateColumns(clickstream, { rows: 5, seed: 1 });
 * Array.from(c.columns.session_id.values); // [ 0, 0, 0, 3, 3 ]
 * ```
 */
export const clickstream: Scenario<ClickstreamParams> = Object.freeze({
  name: "clickstream",
  title: "Clickstream events (ETL vs ELT windows)",
  source: "seed 004 L6301 (10 TB/day, windows 1 h/24 h/7 d), L6415 (8-min sessions), L6016 (device share); seed 000 L32, L1066–1076 (200,000 items, Zipf 1.2)",
  defaults: DEFAULTS,
  columns: COLUMNS,
  streams: Object.freeze([
    { name: "clickstream/session", words: 4, per: "session start row" },
    { name: "clickstream/dwell_s", words: 2, per: "row" },
    { name: "clickstream/event_type", words: 2, per: "row" },
    { name: "clickstream/item_id", words: ZIPF_WORDS, per: "row" },
  ]),
  columnsFor: () => COLUMNS,
  resolve: (params?: Partial<ClickstreamParams>) =>
    resolveParams("clickstream", DEFAULTS, params, (p, v) => {
      v.positive("windowSeconds", p.windowSeconds);
      parseStartTime(v, "startTime", p.startTime);
      v.integer("users", p.users, 1);
      if (p.users > 2147483647) v.fail("users", p.users, "an integer in [1, 2^31)");
      v.integer("items", p.items, 1);
      if (p.items > 2147483647) v.fail("items", p.items, "an integer in [1, 2^31)");
      v.nonNegative("zipfExponent", p.zipfExponent);
      v.atLeast("meanSessionEvents", p.meanSessionEvents, 1);
      v.integer("maxSessionEvents", p.maxSessionEvents, 1);
      v.positive("meanDwellSeconds", p.meanDwellSeconds);
      v.positive("dwellSdLog", p.dwellSdLog);
      v.atLeast("peakToAverage", p.peakToAverage, 1);
      if (p.peakToAverage > 50) v.fail("peakToAverage", p.peakToAverage, "a finite number in [1, 50]");
      v.finite("peakHour", p.peakHour);
      checkProbabilities(v, "eventTypeProbabilities", p.eventTypeProbabilities, EVENT_TYPES.length);
      checkProbabilities(v, "deviceProbabilities", p.deviceProbabilities, DEVICES.length);
    }),
  generate(seed: number, p: ClickstreamParams, rowStart: number, rowCount: number, totalRows: number): Columns {
    const end = rowStart + rowCount;
    const userId = largeTypedArray(Int32Array, rowCount);
    const sessionId = largeTypedArray(Int32Array, rowCount);
    const ts = largeTypedArray(Float64Array, rowCount);
    const device = largeTypedArray(Int32Array, rowCount);
    const walk = new SessionWalk(seed, p, totalRows);

    // The first session that reaches rowStart, walking from the start of its block.
    let first = rowStart;
    for (let r = Math.floor(rowStart / SESSION_BLOCK) * SESSION_BLOCK; r < end; ) {
      const length = walk.length(r);
      if (r + length > rowStart) {
        first = r;
        break;
      }
      r += length;
    }

    // Dwell times from the first session's start, so the cumulative sums are complete.
    const meanLog = Math.log(p.meanDwellSeconds) - (p.dwellSdLog * p.dwellSdLog) / 2;
    const dwellAll = lognormal(columnSource(seed, "clickstream/dwell_s", first, 2), largeTypedArray(Float64Array, end - first), { meanLog, sdLog: p.dwellSdLog });
    fillSessions(walk, Date.parse(p.startTime), first, rowStart, end, dwellAll, userId, sessionId, ts, device);

    const eventType = categorical(columnSource(seed, "clickstream/event_type", rowStart, 2), largeTypedArray(Int32Array, rowCount), {
      table: aliasTable(p.eventTypeProbabilities, "clickstream"),
    });
    const itemId = zipf(columnSource(seed, "clickstream/item_id", rowStart, ZIPF_WORDS), largeTypedArray(Int32Array, rowCount), { n: p.items, s: p.zipfExponent });
    for (let i = 0; i < rowCount; i++) itemId[i] -= 1;
    return {
      user_id: { type: "int32", values: userId },
      session_id: { type: "int32", values: sessionId },
      ts: { type: "timestamp", values: ts },
      event_type: { type: "dictionary", values: eventType, dictionary: EVENT_TYPES },
      item_id: { type: "int32", values: itemId },
      device: { type: "dictionary", values: device, dictionary: DEVICES },
      dwell_s: { type: "float64", values: dwellAll.subarray(rowStart - first) },
    };
  },
});

/**
 * The session walk of {@link clickstream} (internal): the words of the session that
 * starts at row r are block r of the stream "clickstream/session".
 */
class SessionWalk {
  readonly k0: number;
  readonly k1: number;
  readonly stream: number;
  /** The four words of the last block read. */
  readonly words = new Uint32Array(4);
  readonly profile: StepProfile;
  readonly deviceCum: Float64Array;
  readonly logStay: number;
  readonly maxLength: number;
  readonly users: number;
  readonly timeScale: number;
  /** Cell of the last inverted start time (start times ascend, so the search walks forward). */
  cell = 0;

  constructor(seed: number, p: ClickstreamParams, totalRows: number) {
    const s = streamFor(seed, "clickstream/session");
    this.k0 = s.k0;
    this.k1 = s.k1;
    this.stream = s.stream;
    this.profile = diurnalWindow(Date.parse(p.startTime), p.windowSeconds, p.peakToAverage, p.peakHour);
    this.deviceCum = cumulative(p.deviceProbabilities);
    this.logStay = p.meanSessionEvents > 1 ? Math.log(1 - 1 / p.meanSessionEvents) : -Infinity;
    this.maxLength = p.maxSessionEvents;
    this.users = p.users;
    this.timeScale = this.profile.total / totalRows;
  }

  /**
   * Reads block r (as KeyedStream.block does, through the scalar WebAssembly kernel,
   * about twice as fast per block as JavaScript) and returns the length of the
   * session starting at row r.
   */
  length(r: number): number {
    const w = this.words;
    const lo = r % 4294967296;
    philoxBlock(this.k0, this.k1, lo, (r - lo) / 4294967296, this.stream, 0, w, 0);
    const blockEnd = (Math.floor(r / SESSION_BLOCK) + 1) * SESSION_BLOCK;
    const u0 = 1 - uniform32(w[0]); // (0, 1]
    const extra = this.logStay === -Infinity ? 0 : Math.floor(Math.log(u0) / this.logStay);
    return Math.min(1 + extra, this.maxLength, blockEnd - r);
  }

  /**
   * Start time t₀ = Λ⁻¹(y) in s of the session whose block was read last, y = (r + U)·Λ(T)/n;
   * the same value as StepProfile.inverse, found by walking from the previous cell.
   */
  startTime(r: number): number {
    const y = (r + uniform32(this.words[3])) * this.timeScale;
    const c = this.profile.cumulative;
    const last = c.length - 2;
    let k = this.cell;
    while (k > 0 && c[k] > y) k--;
    while (k < last && c[k + 1] <= y) k++;
    this.cell = k;
    const span = c[k + 1] - c[k];
    const f = span > 0 ? (y - c[k]) / span : 0;
    return (k + Math.min(Math.max(f, 0), 1)) * this.profile.width;
  }
}

/**
 * Walks the sessions from row `first` (a session start) to `end` and writes user_id,
 * session_id, ts and device of rows [rowStart, end); `dwell[i − first]` is the dwell
 * time of row i.
 */
function fillSessions(
  walk: SessionWalk, startMs: number, first: number, rowStart: number, end: number, dwell: Float64Array,
  userId: Int32Array, sessionId: Int32Array, ts: Float64Array, device: Int32Array,
): void {
  const words = walk.words;
  for (let r = first; r < end; ) {
    const length = walk.length(r);
    const user = Math.floor(uniform32(words[1]) * walk.users);
    const dev = pick(walk.deviceCum, uniform32(words[2]));
    let t = walk.startTime(r);
    const stop = Math.min(r + length, end);
    let i = r;
    for (; i < stop && i < rowStart; i++) t += dwell[i - first];
    for (let k = i - rowStart, d = i - first; i < stop; i++, k++, d++) {
      userId[k] = user;
      sessionId[k] = r;
      device[k] = dev;
      ts[k] = Math.round(startMs + t * 1000);
      t += dwell[d];
    }
    r += length;
  }
}
