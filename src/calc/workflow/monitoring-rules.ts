/**
 * Production monitoring as a rule set (book Chapter 3, DR production monitoring):
 * thresholds on performance, proxy, operational and drift metrics, each with the
 * timescale on which it can catch a problem. A drift report's PSI and KS p-value, or
 * any measured metric, are observations the rules evaluate.
 */
import { validatorFor } from "../../util/validate";

/**
 * How a rule compares an observation with its threshold:
 * - `"below"` / `"above"`: the value itself (`value < threshold` / `value > threshold`);
 * - `"dropAbove"`: the relative drop from the baseline, `(baseline − value) / baseline > threshold`;
 * - `"changeAbove"`: the relative change in either direction, `|value − baseline| / baseline > threshold`.
 */
export type MonitoringComparison = "below" | "above" | "dropAbove" | "changeAbove";

/** One alert rule. */
export interface MonitoringRule {
  /** Key of the observation the rule reads, e.g. `"sensitivity"`. */
  readonly metric: string;
  /** The book's tier of the metric. */
  readonly category: "performance" | "proxy" | "operational" | "drift";
  /** What the metric is, in words. */
  readonly description: string;
  readonly comparison: MonitoringComparison;
  /** The threshold, in `unit` (a fraction for relative comparisons). */
  readonly threshold: number;
  /** Unit of the observation: `"fraction"`, `"ms"`, `"images"`, `"PSI"`, `"p-value"`. */
  readonly unit: string;
  /** How fast the metric can reveal a problem (the book: seconds, hours, weeks). */
  readonly timescale: "seconds" | "hours" | "weeks";
  /** The operating target, where the book gives one (e.g. "> 90 %"). */
  readonly target?: string;
  /** Seed line of the rule. */
  readonly line: number;
}

/**
 * The DR screening system's alert rules, one per metric the book lists. Sensitivity,
 * specificity, image-quality rejection and error rate are fractions; latency in ms;
 * queue depth in images. "Any demographic > 5 % below baseline" is read as a relative
 * drop of the worst subgroup's sensitivity.
 *
 * Source: seed 004 L4953–L4968 (thresholds), L4968 (timescales).
 * @example
 * ```ts
 * DR_MONITORING_RULES.find((r) => r.metric === "psi")?.threshold // 0.2
 * DR_MONITORING_RULES.length                                      // 11
 * ```
 */
export const DR_MONITORING_RULES: readonly MonitoringRule[] = Object.freeze([
  { metric: "sensitivity", category: "performance", description: "7-day rolling sensitivity", comparison: "below", threshold: 0.88, unit: "fraction", timescale: "weeks", target: "> 90 %", line: 4958 },
  { metric: "specificity", category: "performance", description: "specificity", comparison: "below", threshold: 0.78, unit: "fraction", timescale: "weeks", target: "> 80 %", line: 4958 },
  { metric: "subgroupSensitivity", category: "performance", description: "worst demographic subgroup against its baseline", comparison: "dropAbove", threshold: 0.05, unit: "fraction", timescale: "weeks", line: 4958 },
  { metric: "meanConfidence", category: "proxy", description: "mean prediction confidence against baseline", comparison: "dropAbove", threshold: 0.1, unit: "fraction", timescale: "hours", line: 4960 },
  { metric: "referralRate", category: "proxy", description: "referral rate against baseline", comparison: "changeAbove", threshold: 0.15, unit: "fraction", timescale: "hours", line: 4960 },
  { metric: "qualityRejectionRate", category: "proxy", description: "share of images failing quality checks", comparison: "above", threshold: 0.2, unit: "fraction", timescale: "hours", line: 4960 },
  { metric: "latencyP95", category: "operational", description: "P95 inference latency", comparison: "above", threshold: 100, unit: "ms", timescale: "seconds", target: "< 50 ms", line: 4962 },
  { metric: "queueDepth", category: "operational", description: "images waiting in the queue", comparison: "above", threshold: 50, unit: "images", timescale: "seconds", line: 4962 },
  { metric: "errorRate", category: "operational", description: "share of requests that fail", comparison: "above", threshold: 0.001, unit: "fraction", timescale: "seconds", line: 4962 },
  { metric: "psi", category: "drift", description: "Population Stability Index of an input feature", comparison: "above", threshold: 0.2, unit: "PSI", timescale: "hours", line: 4964 },
  { metric: "ksPvalue", category: "drift", description: "Kolmogorov–Smirnov p-value of an input feature", comparison: "below", threshold: 0.01, unit: "p-value", timescale: "hours", line: 4964 },
].map((rule) => Object.freeze(rule as MonitoringRule)));

/** An observation: a value, or a value with the baseline a relative rule compares it to. */
export type MonitoringObservation = number | { readonly value: number; readonly baseline: number };

/** Input of {@link evaluateMonitoringRules}. */
export interface EvaluateMonitoringInput {
  /** Observed metrics by rule `metric` key; metrics without an observation are reported as missing. */
  readonly observations: Readonly<Record<string, MonitoringObservation>>;
  /** The rules; default {@link DR_MONITORING_RULES}. At most 1,000. */
  readonly rules?: readonly MonitoringRule[];
}

/** One rule's outcome. */
export interface MonitoringRuleOutcome {
  readonly rule: MonitoringRule;
  /** The observed value, or `null` when missing. */
  readonly value: number | null;
  /** The baseline of a relative rule, else `null`. */
  readonly baseline: number | null;
  /** What was compared with the threshold: the value, or the relative drop or change. */
  readonly compared: number | null;
  /** Whether the rule fires. */
  readonly alert: boolean;
  /** No observation for this rule's metric. */
  readonly missing: boolean;
}

/** Result of {@link evaluateMonitoringRules}. */
export interface MonitoringEvaluation {
  readonly outcomes: readonly MonitoringRuleOutcome[];
  /** The rules that fire, in rule order. */
  readonly alerts: readonly MonitoringRuleOutcome[];
  /** Metrics of the rules without an observation. */
  readonly missing: readonly string[];
}

/**
 * Evaluates alert rules against observed metrics.
 *
 * For relative rules pass `{ value, baseline }` (baseline > 0); for absolute rules a
 * number (an object's `value` is used). A drift report supplies the drift rules' inputs:
 * a column's `psi` and, for a KS test, its `pvalue`.
 *
 * Source: seed 004 L4953–L4968.
 *
 * @throws InvalidParameterError for a non-finite observation, a relative rule without a
 *   positive baseline, malformed rules, more than 1,000 rules, a missing input or an unknown key.
 * @example
 * ```ts
 * const r = evaluateMonitoringRules({ observations: { sensitivity: 0.78, psi: 0.25, latencyP95: 42 } });
 * r.alerts.map((a) => a.rule.metric) // ["sensitivity", "psi"]
 * r.missing.length                    // 8
 * ```
 */
export function evaluateMonitoringRules(input: EvaluateMonitoringInput): MonitoringEvaluation {
  const fn = "evaluateMonitoringRules";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["observations", "rules"]);
  const observations = check.options("observations", i.observations, Object.keys(i.observations ?? {}));
  const rules = i.rules ?? DR_MONITORING_RULES;
  if (!Array.isArray(rules)) check.fail("rules", rules, "an array of monitoring rules");
  if (rules.length > 1000) check.fail("rules", `an array of ${rules.length}`, "at most 1,000 rules");
  const outcomes = rules.map((rule, k): MonitoringRuleOutcome => {
    if (rule === null || typeof rule !== "object" || typeof rule.metric !== "string") check.fail(`rules[${k}]`, rule, "a monitoring rule { metric, comparison, threshold, … }");
    check.oneOf(`rules[${k}].comparison`, rule.comparison, ["below", "above", "dropAbove", "changeAbove"] as const);
    check.finite(`rules[${k}].threshold`, rule.threshold);
    const observed = observations[rule.metric];
    if (observed === undefined) return Object.freeze({ rule, value: null, baseline: null, compared: null, alert: false, missing: true });
    const where = `observations.${rule.metric}`;
    const value = check.finite(typeof observed === "number" ? where : `${where}.value`, typeof observed === "number" ? observed : observed?.value);
    const relative = rule.comparison === "dropAbove" || rule.comparison === "changeAbove";
    let baseline: number | null = null;
    let compared = value;
    if (relative) {
      if (typeof observed !== "object" || observed === null) check.fail(where, observed, `{ value, baseline } for the relative rule "${rule.comparison}"`);
      baseline = check.positive(`${where}.baseline`, (observed as { baseline: number }).baseline);
      compared = rule.comparison === "dropAbove" ? (baseline - value) / baseline : Math.abs(value - baseline) / baseline;
    }
    const alert = rule.comparison === "below" ? compared < rule.threshold : compared > rule.threshold;
    return Object.freeze({ rule, value, baseline, compared, alert, missing: false });
  });
  return Object.freeze({
    outcomes: Object.freeze(outcomes),
    alerts: Object.freeze(outcomes.filter((o) => o.alert)),
    missing: Object.freeze(outcomes.filter((o) => o.missing).map((o) => o.rule.metric)),
  });
}
