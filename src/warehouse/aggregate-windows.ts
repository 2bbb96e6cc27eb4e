/**
 * The ETL transform: per-user window features computed in TypeScript over the typed
 * arrays of a generated clickstream, before anything reaches the warehouse.
 */
import type { Column, Columns } from "../synth/scenario";
import { validatorFor } from "../util/validate";
import { DEFAULT_FEATURES, EVENT_TYPE_OF, resolveFeatures, type FeatureDefinition, type FeatureMeasure } from "./feature-definition";

/** One window's feature table, as typed-array columns ready for {@link loadColumns}. */
export interface FeatureTable {
  /** Window name, e.g. "1h". */
  readonly window: string;
  /** Table name, `features_<window>`. */
  readonly table: string;
  /** Rows: one per (user, window) with at least one event. */
  readonly rows: number;
  /** user_id (int32), window_start (timestamp, ms), then one column per measure (int32 counts, dwell_s float64), sorted by user_id then window_start. */
  readonly columns: Columns;
}

type Int32Column = Column & { values: Int32Array };

function requireColumn(fn: string, columns: Columns, name: string, types: readonly string[]): Column {
  const v = validatorFor(fn);
  const column = columns?.[name];
  if (!column) v.fail("columns", Object.keys(columns ?? {}), `clickstream columns including ${name}`);
  if (!types.includes(column.type)) v.fail(`columns.${name}`, column.type, `a ${types.join(" or ")} column`);
  if (column.nulls?.some((x) => x === 1)) v.fail(`columns.${name}`, "a column with nulls", "a column without nulls");
  return column;
}

/**
 * Aggregates clickstream events into per-user features over tumbling windows: for
 * each window length L (ms) and each event, window index k = ⌊(ts − origin) / L⌋ and
 * window_start = origin + k·L; then per (user_id, k): events = count of rows,
 * sessions = count of distinct session_id, dwell_s = Σ dwell_s (s, added in row order),
 * views / clicks / add_to_carts / purchases = rows of that event_type. Output rows
 * are sorted by user_id, then window_start. This is exactly what
 * {@link windowFeaturesSql} computes in DuckDB, so ETL and ELT store equal tables.
 *
 * Cost O(n) per window with a hash map over (user, window) keys, plus a sort of the
 * keys. Sessions are counted by watching session_id change within a key, which is
 * exact when session_id never decreases along the rows (the clickstream generator
 * numbers sessions by their first row); otherwise a set per key is used.
 *
 * @param columns - clickstream columns with user_id, session_id (int32), ts (timestamp), event_type (dictionary) and dwell_s (float64), no nulls
 * @param features - {@link FeatureDefinition}; default {@link DEFAULT_FEATURES}
 * @returns one {@link FeatureTable} per window, in the definition's order
 * @throws InvalidParameterError for a missing column, a column of the wrong type or with nulls, or a bad definition
 * @example
 * ```ts
 * const events = generateColumns(clickstream, { rows: 1000, seed: 1, params: { users: 50 } });
 * aggregateWindows(events.columns).map((t) => [t.table, t.rows]);
 * // [ [ "features_1h", 123 ], [ "features_24h", 46 ], [ "features_7d", 46 ] ]
 * ```
 */
export function aggregateWindows(columns: Columns, features: FeatureDefinition = DEFAULT_FEATURES): readonly FeatureTable[] {
  const fn = "aggregateWindows";
  const resolved = resolveFeatures(fn, features);
  const user = (requireColumn(fn, columns, "user_id", ["int32"]) as Int32Column).values;
  const session = (requireColumn(fn, columns, "session_id", ["int32"]) as Int32Column).values;
  const ts = requireColumn(fn, columns, "ts", ["timestamp"]).values;
  const needsType = resolved.measures.some((m) => EVENT_TYPE_OF[m] !== undefined);
  const eventColumn = needsType ? requireColumn(fn, columns, "event_type", ["dictionary"]) : undefined;
  const dwell = resolved.measures.includes("dwell_s") ? requireColumn(fn, columns, "dwell_s", ["float64", "float32"]).values : undefined;
  const n = user.length;
  let sessionsSorted = true;
  for (let i = 1; i < n && sessionsSorted; i++) if (session[i] < session[i - 1]) sessionsSorted = false;

  return Object.freeze(
    resolved.windows.map((window) => {
      const origin = resolved.originMs;
      const index = new Float64Array(n);
      let minIndex = Infinity;
      let maxIndex = -Infinity;
      for (let i = 0; i < n; i++) {
        const k = Math.floor((ts[i] - origin) / window.ms);
        index[i] = k;
        if (k < minIndex) minIndex = k;
        if (k > maxIndex) maxIndex = k;
      }
      const span = n === 0 ? 1 : maxIndex - minIndex + 1;
      const slotOf = new Map<number, number>();
      const keys: number[] = [];
      const events = new Int32Array(n);
      const sessions = new Int32Array(n);
      const lastSession = new Float64Array(n).fill(NaN);
      const sessionSets: Set<number>[] = [];
      const dwellSum = new Float64Array(n);
      const typeCounts = new Map<FeatureMeasure, Int32Array>();
      const typeCode = new Map<FeatureMeasure, number>();
      for (const m of resolved.measures) {
        const label = EVENT_TYPE_OF[m];
        if (label === undefined) continue;
        typeCounts.set(m, new Int32Array(n));
        typeCode.set(m, (eventColumn?.dictionary ?? []).indexOf(label));
      }
      const counted = [...typeCounts.entries()].map(([m, counts]) => ({ counts, code: typeCode.get(m) as number }));
      const eventType = eventColumn?.values;
      for (let i = 0; i < n; i++) {
        const key = user[i] * span + (index[i] - minIndex);
        let slot = slotOf.get(key);
        if (slot === undefined) {
          slot = keys.length;
          slotOf.set(key, slot);
          keys.push(key);
        }
        events[slot]++;
        if (sessionsSorted) {
          if (lastSession[slot] !== session[i]) {
            lastSession[slot] = session[i];
            sessions[slot]++;
          }
        } else {
          (sessionSets[slot] ??= new Set()).add(session[i]);
        }
        if (dwell) dwellSum[slot] += dwell[i];
        if (eventType) for (const c of counted) if (eventType[i] === c.code) c.counts[slot]++;
      }
      if (!sessionsSorted) sessionSets.forEach((set, slot) => (sessions[slot] = set.size));

      const rows = keys.length;
      const order = Float64Array.from(keys).sort();
      const outUser = new Int32Array(rows);
      const outStart = new Float64Array(rows);
      const outMeasures = resolved.measures.map((m) => (m === "dwell_s" ? new Float64Array(rows) : new Int32Array(rows)));
      const sourceOf = (m: FeatureMeasure): Int32Array | Float64Array =>
        m === "events" ? events : m === "sessions" ? sessions : m === "dwell_s" ? dwellSum : (typeCounts.get(m) as Int32Array);
      const sources = resolved.measures.map(sourceOf);
      for (let r = 0; r < rows; r++) {
        const key = order[r];
        const slot = slotOf.get(key) as number;
        const offset = ((key % span) + span) % span;
        outUser[r] = (key - offset) / span;
        outStart[r] = origin + (offset + minIndex) * window.ms;
        for (let j = 0; j < sources.length; j++) outMeasures[j][r] = sources[j][slot];
      }
      const out: Columns = {
        user_id: { type: "int32", values: outUser },
        window_start: { type: "timestamp", values: outStart },
      };
      resolved.measures.forEach((m, j) => {
        out[m] = m === "dwell_s" ? { type: "float64", values: outMeasures[j] } : { type: "int32", values: outMeasures[j] };
      });
      return Object.freeze({ window: window.name, table: window.table, rows, columns: out });
    }),
  );
}
