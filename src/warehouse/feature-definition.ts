/**
 * What the ETL and ELT pipelines compute: per-user session features over tumbling
 * time windows (book Ch. 4 worked problem, seed 004 L6301: 1-hour, 24-hour and 7-day
 * windows for three models).
 */
import { CLICKSTREAM_WINDOWS, DEFAULT_START_TIME } from "../synth/time-window";
import { validatorFor } from "../util/validate";
import { checkIdentifier } from "./load-columns";

/**
 * A per-(user, window) feature: `events` (rows), `sessions` (distinct session_id),
 * `dwell_s` (sum of dwell_s, s), or the number of events of one type (`views`,
 * `clicks`, `add_to_carts`, `purchases`).
 */
export type FeatureMeasure = "events" | "sessions" | "dwell_s" | "views" | "clicks" | "add_to_carts" | "purchases";

/**
 * Every {@link FeatureMeasure}, in column order; the event-type counts map to the
 * clickstream labels view, click, add_to_cart and purchase.
 *
 * @example
 * ```ts
 * FEATURE_MEASURES.length; // 7
 * ```
 */
export const FEATURE_MEASURES: readonly FeatureMeasure[] = Object.freeze(["events", "sessions", "dwell_s", "views", "clicks", "add_to_carts", "purchases"]);

/** @internal The clickstream event_type label a count measure counts. */
export const EVENT_TYPE_OF: Readonly<Partial<Record<FeatureMeasure, string>>> = Object.freeze({
  views: "view",
  clicks: "click",
  add_to_carts: "add_to_cart",
  purchases: "purchase",
});

/** The feature pipeline both ETL and ELT run: which windows, which measures, windows aligned to which instant. */
export interface FeatureDefinition {
  /** Window name → length in s; each window becomes a table `features_<name>` (e.g. features_1h). */
  readonly windows: Readonly<Record<string, number>>;
  /** Measures per (user, window), in column order after user_id and window_start. */
  readonly measures: readonly FeatureMeasure[];
  /** Windows start at origin + k·length (k any integer); ISO-8601 with zone. Default: the clickstream's start, "2024-01-01T00:00:00Z". */
  readonly origin?: string;
}

/**
 * The book's pipeline: windows 1 h, 24 h and 7 d ({@link CLICKSTREAM_WINDOWS}, seed
 * 004 L6301) with four session features per user and window: events, sessions,
 * total dwell time and purchases (the measures are our choice; the book names only
 * "user session features").
 *
 * @example
 * ```ts
 * Object.keys(DEFAULT_FEATURES.windows); // [ "1h", "24h", "7d" ]
 * DEFAULT_FEATURES.measures; // [ "events", "sessions", "dwell_s", "purchases" ]
 * ```
 */
export const DEFAULT_FEATURES: FeatureDefinition = Object.freeze({
  windows: CLICKSTREAM_WINDOWS,
  measures: Object.freeze(["events", "sessions", "dwell_s", "purchases"] as FeatureMeasure[]),
  origin: DEFAULT_START_TIME,
});

/** @internal A validated definition: window names, lengths in ms, measures and the origin in ms. */
export interface ResolvedFeatures {
  readonly windows: readonly { readonly name: string; readonly table: string; readonly ms: number }[];
  readonly measures: readonly FeatureMeasure[];
  readonly originMs: number;
}

/**
 * The table a window's features go to: `features_<window name>`.
 *
 * @param windowName - a key of {@link FeatureDefinition.windows}, e.g. "1h"
 * @throws InvalidParameterError when the name has characters other than letters, digits and _
 * @example
 * ```ts
 * featureTableName("24h"); // "features_24h"
 * ```
 */
export function featureTableName(windowName: string): string {
  return checkIdentifier("featureTableName", "windowName", `features_${windowName}`);
}

/** @internal Validates a definition for function `fn`. */
export function resolveFeatures(fn: string, definition: FeatureDefinition): ResolvedFeatures {
  const v = validatorFor(fn);
  if (definition === null || typeof definition !== "object") v.fail("features", definition, "a FeatureDefinition");
  const names = Object.keys(definition.windows ?? {});
  if (names.length === 0) v.fail("features.windows", definition.windows, "at least one window, e.g. { \"1h\": 3600 }");
  const windows = names.map((name) => {
    const seconds = definition.windows[name];
    if (!(typeof seconds === "number" && Number.isInteger(seconds * 1000) && seconds > 0)) v.fail(`features.windows.${name}`, seconds, "a positive length in s, a whole number of ms");
    const table = checkIdentifier(fn, `features.windows.${name}`, `features_${name}`);
    return Object.freeze({ name, table, ms: seconds * 1000 });
  });
  const measures = definition.measures ?? [];
  if (measures.length === 0) v.fail("features.measures", measures, `at least one of ${FEATURE_MEASURES.join(", ")}`);
  measures.forEach((m, i) => v.oneOf(`features.measures[${i}]`, m, FEATURE_MEASURES));
  if (new Set(measures).size !== measures.length) v.fail("features.measures", measures, "measures without repeats");
  const origin = definition.origin ?? DEFAULT_START_TIME;
  const originMs = typeof origin === "string" && /(Z|[+-]\d\d:\d\d)$/.test(origin) ? Date.parse(origin) : NaN;
  if (!Number.isFinite(originMs)) v.fail("features.origin", origin, 'an ISO-8601 date-time with a zone, e.g. "2024-01-01T00:00:00Z"');
  return Object.freeze({ windows: Object.freeze(windows), measures: Object.freeze([...measures]), originMs });
}
