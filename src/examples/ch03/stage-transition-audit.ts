/**
 * WE-3.2 "Stage-transition audit": a Problem Definition that names no deployment
 * target, caught at the stage gate rather than at deployment (book Ch. 3, seed 004
 * L4562–L4590).
 */
import { constraintPropagationCost } from "../../calc/workflow/constraint-propagation";
import { workedExample } from "../worked-example";

/** WE-3.2: two failed checklist items, and the 2^(5−1) = 16× cost of finding the missing edge target at deployment. */
export const stageTransitionAuditExample = workedExample({
  id: "WE-3.2",
  slug: "stage-transition-audit",
  title: "Stage-transition audit of a Problem Definition",
  chapter: 3,
  section: "Chapter 3, Stage interfaces (audit scenario, Table 3.1)",
  lines: [4562, 4590],
  problem: "Should a medical-imaging team move from Problem Definition to Data Collection when its definition names no deployment paradigm and no latency or memory targets?",
  inputs: {
    measurableObjectives: { label: "Measurable objectives (>90 % sensitivity, >80 % specificity)", value: true, line: 4567 },
    deploymentParadigm: { label: "Deployment paradigm selected", value: false, line: 4569 },
    resourceConstraints: { label: "Latency and memory targets stated", value: false, line: 4571 },
    discoveredAtStage: { label: "Stage where the edge constraint would surface (Deployment)", value: 5, line: 4586 },
  },
  compute: (i) => {
    const items = [i.measurableObjectives, i.deploymentParadigm, i.resourceConstraints];
    const late = constraintPropagationCost({ discoveredAtStage: i.discoveredAtStage });
    return { violations: items.filter((ok) => !ok).length, late, gate: items.every(Boolean) ? "proceed" : "blocked" };
  },
  checks: [
    { name: "contract violations", printed: "Two contract violations detected", book: 2, unit: "items", tolerance: 0, line: 4584, value: (r) => r.violations },
    { name: "audit result", printed: "Stage transition blocked", book: "blocked", line: 4584, value: (r) => r.gate },
    { name: "cost of discovering the edge target at stage 5", printed: "2^4 = 16×", book: 16, unit: "×", tolerance: 0, line: 4586, value: (r) => r.late.multiplier },
  ],
  conclusion:
    "A stage gate that checks the output contract costs minutes; letting the missing deployment target surface at deployment costs 16× the effort of fixing it now.",
});
