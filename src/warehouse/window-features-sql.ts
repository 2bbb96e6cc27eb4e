/**
 * The ELT transform: the same window features as {@link aggregateWindows}, written as
 * one DuckDB SQL query per window over the raw events table.
 */
import { checkIdentifier } from "./load-columns";
import { DEFAULT_FEATURES, EVENT_TYPE_OF, resolveFeatures, type FeatureDefinition, type FeatureMeasure } from "./feature-definition";

function measureSql(m: FeatureMeasure): string {
  const label = EVENT_TYPE_OF[m];
  if (label !== undefined) return `(count(*) FILTER (WHERE event_type = '${label}'))::INTEGER AS ${m}`;
  if (m === "events") return "count(*)::INTEGER AS events";
  if (m === "sessions") return "count(DISTINCT session_id)::INTEGER AS sessions";
  return "sum(dwell_s) AS dwell_s";
}

/**
 * SQL SELECT statements, one per window, that compute a {@link FeatureDefinition}
 * from a raw clickstream table in DuckDB: window_start = origin + ⌊(epoch_ms(ts) −
 * origin) / L⌋·L as TIMESTAMP_MS, grouped by user_id and window_start, ordered by
 * both. Counts are cast to INTEGER so the result has the column types
 * {@link aggregateWindows} produces, and the stored tables of ETL and ELT compare
 * byte for byte.
 *
 * @param rawTable - the raw events table (columns user_id, session_id, ts, event_type, dwell_s)
 * @param features - {@link FeatureDefinition}; default {@link DEFAULT_FEATURES}
 * @returns `{ window, table, sql }` per window, in the definition's order
 * @throws InvalidParameterError for a bad table name or definition
 * @example
 * ```ts
 * windowFeaturesSql("events", { windows: { "1h": 3600 }, measures: ["events"] })[0].sql;
 * // "SELECT user_id, epoch_ms(CAST(1704067200000 + floor((epoch_ms(ts) - 1704067200000) / 3600000) * 3600000 AS BIGINT))::TIMESTAMP_MS AS window_start, count(*)::INTEGER AS events FROM events GROUP BY 1, 2 ORDER BY 1, 2"
 * ```
 */
export function windowFeaturesSql(rawTable: string, features: FeatureDefinition = DEFAULT_FEATURES): readonly { window: string; table: string; sql: string }[] {
  checkIdentifier("windowFeaturesSql", "rawTable", rawTable);
  const resolved = resolveFeatures("windowFeaturesSql", features);
  const origin = resolved.originMs;
  return Object.freeze(
    resolved.windows.map((w) => {
      const start = `epoch_ms(CAST(${origin} + floor((epoch_ms(ts) - ${origin}) / ${w.ms}) * ${w.ms} AS BIGINT))::TIMESTAMP_MS AS window_start`;
      const sql = `SELECT user_id, ${start}, ${resolved.measures.map(measureSql).join(", ")} FROM ${rawTable} GROUP BY 1, 2 ORDER BY 1, 2`;
      return Object.freeze({ window: w.name, table: w.table, sql });
    }),
  );
}
