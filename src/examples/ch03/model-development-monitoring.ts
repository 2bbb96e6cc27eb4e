/**
 * WE-3.6 "Model development sizing" and the DR production-monitoring thresholds:
 * grid-search size, and what the book's alert rules say about its own field numbers
 * (book Ch. 3, seed 004 L4722–L4968).
 */
import { gridSearchRuns } from "../../calc/workflow/grid-search";
import { evaluateMonitoringRules } from "../../calc/workflow/monitoring-rules";
import { workedExample } from "../worked-example";

/** WE-3.6: 4^5 = 1,024 runs; the 78 % field sensitivity fires the sensitivity rule, the camera site's −8 % only the subgroup rule. */
export const modelDevelopmentMonitoringExample = workedExample({
  id: "WE-3.6",
  slug: "model-development-monitoring",
  title: "Model development sizing and the DR monitoring thresholds",
  chapter: 3,
  section: "Chapter 3, Model Development and Production Monitoring",
  lines: [4722, 4968],
  problem: "How many runs does a naive grid search need, and which of the book's monitoring rules fire for its field numbers: 78 % sensitivity in a rural clinic, an 8 % drop after a camera upgrade?",
  inputs: {
    valuesPerHyperparameter: { label: "Values per hyperparameter", value: 4, line: 4722 },
    hyperparameters: { label: "Hyperparameters", value: 5, line: 4722 },
    labSensitivity: { label: "Sensitivity on the curated dataset", value: 0.975, line: 4726 },
    fieldSensitivity: { label: "Sensitivity at the rural clinic", value: 0.78, line: 4805 },
    cameraDrop: { label: "Relative sensitivity drop after the camera upgrade", value: 0.08, line: 4944 },
  },
  compute: (i) => {
    const cameraSite = i.labSensitivity * (1 - i.cameraDrop);
    const alerts = (observations: Parameters<typeof evaluateMonitoringRules>[0]["observations"]) =>
      evaluateMonitoringRules({ observations }).alerts.map((a) => a.rule.metric);
    return {
      grid: gridSearchRuns({ values: i.valuesPerHyperparameter, hyperparameters: i.hyperparameters }),
      field: alerts({ sensitivity: i.fieldSensitivity }),
      camera: alerts({ sensitivity: cameraSite, subgroupSensitivity: { value: cameraSite, baseline: i.labSensitivity } }),
    };
  },
  checks: [
    { name: "grid-search training runs", printed: "1,024 (4^5) complete training experiments", book: 1024, unit: "runs", tolerance: 0, line: 4722, value: (r) => r.grid.runs },
    { name: "rural clinic at 78 %: rules that fire", printed: "alert if 7-day rolling average drops below 88%", book: "sensitivity", line: 4958, value: (r) => r.field.join(", ") },
    { name: "camera-upgrade site at −8 %: rules that fire", printed: "alert if any demographic drops >5% below baseline", book: "subgroupSensitivity", line: 4958, value: (r) => r.camera.join(", "),
      note: "The site (read as a subgroup) keeps 89.7 %, above the aggregate 88 % threshold; only the relative rule, 8 % > 5 % below baseline, catches it." },
  ],
  conclusion:
    "Exhaustive search multiplies runs, which is why iteration speed matters; and a single aggregate threshold misses a site that drifts, so the rule set pairs absolute, relative and drift rules.",
});
