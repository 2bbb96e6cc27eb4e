/**
 * Voice-assistant query trace for the book's "Voice Assistant Wall" (seed 004
 * L3056–L3086): 1 billion devices, 20 queries per device per day, ~200 ms of GPU time
 * per query, queries concentrated in waking hours at ~4.5× peak-to-average (L3080),
 * 16 kHz 16-bit audio (32,000 B/s, L3084).
 */
import { categorical } from "../random/categorical";
import { lognormal } from "../random/lognormal";
import { uniform } from "../random/uniform";
import { aliasTable } from "../random/alias-table";
import { cumulative, pick } from "./draw-helpers";
import { columnSource, KeyedStream, uniform32 } from "./keyed-stream";
import { operationalTimes } from "./poisson-prefix";
import { checkProbabilities, resolveParams } from "./resolve-params";
import { ColumnSpec, Columns, Scenario } from "./scenario";
import { DEFAULT_START_TIME, diurnalWindow, parseStartTime } from "./time-window";
import { largeTypedArray } from "../util/large-array";

/** Parameters of {@link voiceQueries}. */
export interface VoiceQueriesParams {
  /** Devices in the fleet (ids 0 … devices − 1); 1,000,000,000 (L3059). */
  devices: number;
  /** Mean queries per device per day; 20 (L3068). Sets the trace's full volume, of which the rows are a uniform sample. */
  queriesPerDevicePerDay: number;
  /** Peak / mean query rate over the day; 4.5 (L3080). */
  peakToAverage: number;
  /** Hour of the daily peak, UTC; 18 (assumption: "waking hours"). */
  peakHour: number;
  /** Window length in s; 86,400. */
  windowSeconds: number;
  /** Window start, ISO-8601 with zone; "2024-01-01T00:00:00Z". */
  startTime: string;
  /** Mean GPU time per query in s; 0.2 (L3073). */
  gpuSecondsPerQuery: number;
  /** Standard deviation of ln(GPU time); 0.3 (assumption). */
  gpuSdLog: number;
  /** Median utterance length in s; 3 (assumption). */
  audioMedianSeconds: number;
  /** Standard deviation of ln(utterance length); 0.5 (assumption). */
  audioSdLog: number;
  /** Audio bytes per second; 32,000 = 16 kHz × 16 bit (L3084). */
  audioBytesPerSecond: number;
  /** Shares of smartphone, smart_speaker, earbuds among devices; [0.6, 0.3, 0.1] (assumption). */
  deviceTypeProbabilities: readonly number[];
  /** Shares of the intents weather, music, timer, question, smart_home, other; [0.15, 0.25, 0.15, 0.2, 0.15, 0.1] (assumption). */
  intentProbabilities: readonly number[];
}

const DEVICE_TYPES = ["smartphone", "smart_speaker", "earbuds"] as const;
const INTENTS = ["weather", "music", "timer", "question", "smart_home", "other"] as const;

const DEFAULTS: VoiceQueriesParams = Object.freeze({
  devices: 1_000_000_000,
  queriesPerDevicePerDay: 20,
  peakToAverage: 4.5,
  peakHour: 18,
  windowSeconds: 86400,
  startTime: DEFAULT_START_TIME,
  gpuSecondsPerQuery: 0.2,
  gpuSdLog: 0.3,
  audioMedianSeconds: 3,
  audioSdLog: 0.5,
  audioBytesPerSecond: 32000,
  deviceTypeProbabilities: Object.freeze([0.6, 0.3, 0.1]),
  intentProbabilities: Object.freeze([0.15, 0.25, 0.15, 0.2, 0.15, 0.1]),
});

const COLUMNS: readonly ColumnSpec[] = Object.freeze([
  { name: "ts", type: "timestamp", unit: "ms", description: "Query time: a Poisson process with the diurnal rate, conditioned on the row count (exact order statistics).", wordsPerRow: 2 },
  { name: "device_id", type: "int32", description: "Device, uniform over the fleet.", wordsPerRow: 2 },
  { name: "device_type", type: "dictionary", categories: DEVICE_TYPES, description: "Kind of device, a fixed property of device_id.", wordsPerRow: 0 },
  { name: "intent", type: "dictionary", categories: INTENTS, description: "What the query asks for.", wordsPerRow: 2 },
  { name: "audio_s", type: "float64", unit: "s", description: "Utterance length, lognormal.", wordsPerRow: 2 },
  { name: "audio_bytes", type: "float64", unit: "B", description: "Uploaded audio = audio_s × audioBytesPerSecond.", wordsPerRow: 0 },
  { name: "gpu_ms", type: "float64", unit: "ms", description: "GPU time to serve the query, lognormal with mean gpuSecondsPerQuery.", wordsPerRow: 2 },
] as ColumnSpec[]);

/**
 * A sampled voice-assistant query trace over one window. Arrival times are exact: the
 * n rows are the order statistics of a non-homogeneous Poisson process with the von
 * Mises diurnal rate (peak / mean = peakToAverage), i.e. tᵢ = Λ⁻¹(Sᵢ / Sₙ · Λ(T)) with
 * Sᵢ the unit-rate Poisson operational times of {@link ARRIVAL_BLOCK}-row blocks
 * (streams "voice_queries/arrival/gap", ".../block_sum"). The full fleet would issue
 * devices × queriesPerDevicePerDay × T/86,400 queries (2·10¹⁰ per day by default); the
 * rows are a uniform sample of them. device_type is keyed by device id (block d of
 * "voice_queries/device_type"), so a device keeps its type across rows and partitions.
 *
 * @example
 * ```ts
 * const q = generateColumns(voiceQueries, { rows: 100_000, seed: 3 });
 * // busiest hour (18:00–19:00 UTC) / mean hour: 4.33 (the one-hour average of a 4.5× peak)
 * ```
 */
export const voiceQueries: Scenario<VoiceQueriesParams> = Object.freeze({
  name: "voice_queries",
  title: "Voice-assistant query trace (diurnal, 4.5× peak-to-average)",
  source: "seed 004 L3056–L3086 (1B devices, 20 queries/day, 200 ms GPU/query, ~4.5× peak-to-average at L3080, 32,000 B/s audio at L3084)",
  defaults: DEFAULTS,
  columns: COLUMNS,
  streams: Object.freeze([
    { name: "voice_queries/arrival/gap", words: 2, per: "row" },
    { name: "voice_queries/arrival/block_sum", words: 6, per: "block of 4096 rows" },
    { name: "voice_queries/device_id", words: 2, per: "row" },
    { name: "voice_queries/device_type", words: 4, per: "device id" },
    { name: "voice_queries/intent", words: 2, per: "row" },
    { name: "voice_queries/audio_s", words: 2, per: "row" },
    { name: "voice_queries/gpu_ms", words: 2, per: "row" },
  ]),
  columnsFor: () => COLUMNS,
  resolve: (params?: Partial<VoiceQueriesParams>) =>
    resolveParams("voice_queries", DEFAULTS, params, (p, v) => {
      v.integer("devices", p.devices, 1);
      if (p.devices > 2147483647) v.fail("devices", p.devices, "an integer in [1, 2^31)");
      v.positive("queriesPerDevicePerDay", p.queriesPerDevicePerDay);
      v.atLeast("peakToAverage", p.peakToAverage, 1);
      if (p.peakToAverage > 50) v.fail("peakToAverage", p.peakToAverage, "a finite number in [1, 50]");
      v.finite("peakHour", p.peakHour);
      v.positive("windowSeconds", p.windowSeconds);
      parseStartTime(v, "startTime", p.startTime);
      v.positive("gpuSecondsPerQuery", p.gpuSecondsPerQuery);
      v.positive("gpuSdLog", p.gpuSdLog);
      v.positive("audioMedianSeconds", p.audioMedianSeconds);
      v.positive("audioSdLog", p.audioSdLog);
      v.positive("audioBytesPerSecond", p.audioBytesPerSecond);
      checkProbabilities(v, "deviceTypeProbabilities", p.deviceTypeProbabilities, DEVICE_TYPES.length);
      checkProbabilities(v, "intentProbabilities", p.intentProbabilities, INTENTS.length);
    }),
  generate(seed: number, p: VoiceQueriesParams, rowStart: number, rowCount: number, totalRows: number): Columns {
    const startMs = Date.parse(p.startTime);
    const profile = diurnalWindow(startMs, p.windowSeconds, p.peakToAverage, p.peakHour);
    const { times, total } = operationalTimes(seed, "voice_queries/arrival", rowStart, rowCount, totalRows + 1);
    const scale = profile.total / total;
    for (let k = 0; k < rowCount; k++) times[k] *= scale;
    profile.inverseSorted(times, times);
    for (let k = 0; k < rowCount; k++) times[k] = Math.round(startMs + times[k] * 1000);

    const du = uniform(columnSource(seed, "voice_queries/device_id", rowStart, 2), largeTypedArray(Float64Array, rowCount));
    const deviceId = largeTypedArray(Int32Array, rowCount);
    const deviceType = largeTypedArray(Int32Array, rowCount);
    const typeStream = new KeyedStream(seed, "voice_queries/device_type");
    const typeCum = cumulative(p.deviceTypeProbabilities);
    for (let k = 0; k < rowCount; k++) {
      const d = Math.floor(du[k] * p.devices);
      deviceId[k] = d;
      deviceType[k] = pick(typeCum, uniform32(typeStream.block(d)[0]));
    }
    const intent = categorical(columnSource(seed, "voice_queries/intent", rowStart, 2), largeTypedArray(Int32Array, rowCount), {
      table: aliasTable(p.intentProbabilities, "voice_queries"),
    });
    const audio = lognormal(columnSource(seed, "voice_queries/audio_s", rowStart, 2), largeTypedArray(Float64Array, rowCount), {
      meanLog: Math.log(p.audioMedianSeconds), sdLog: p.audioSdLog,
    });
    const bytes = largeTypedArray(Float64Array, rowCount);
    for (let k = 0; k < rowCount; k++) bytes[k] = Math.round(audio[k] * p.audioBytesPerSecond);
    const gpu = lognormal(columnSource(seed, "voice_queries/gpu_ms", rowStart, 2), largeTypedArray(Float64Array, rowCount), {
      meanLog: Math.log(p.gpuSecondsPerQuery * 1000) - (p.gpuSdLog * p.gpuSdLog) / 2, sdLog: p.gpuSdLog,
    });
    return {
      ts: { type: "timestamp", values: times },
      device_id: { type: "int32", values: deviceId },
      device_type: { type: "dictionary", values: deviceType, dictionary: DEVICE_TYPES },
      intent: { type: "dictionary", values: intent, dictionary: INTENTS },
      audio_s: { type: "float64", values: audio },
      audio_bytes: { type: "float64", values: bytes },
      gpu_ms: { type: "float64", values: gpu },
    };
  },
});
