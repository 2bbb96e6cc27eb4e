/**
 * WE-3.3 "Constraint-propagation exercise": an age-related failure found in monitoring
 * that belonged in Problem Definition (book Ch. 3, seed 004 L5029–L5063; formula L4993).
 */
import { constraintPropagationCost } from "../../calc/workflow/constraint-propagation";
import { workedExample } from "../worked-example";

/** WE-3.3: 2^(6−1) = 32× for the exercise (the book leaves it to the reader), and the book's 16× "from evaluation design". */
export const constraintPropagationExample = workedExample({
  id: "WE-3.3",
  slug: "constraint-propagation",
  title: "Constraint propagation: a failure for patients over 70 found in monitoring",
  chapter: 3,
  section: "Chapter 3, The Constraint Propagation Principle (exercise and fallacies)",
  lines: [5029, 5063],
  problem: "A DR model is found in monitoring (stage 6) to fail for patients over 70, a requirement of Problem Definition (stage 1): what does fixing it cost, and which stages must be revisited?",
  inputs: {
    discoveredAtStage: { label: "Stage of discovery (Monitoring)", value: 6, line: 5031 },
    definedAtStage: { label: "Stage that owned the requirement (Problem Definition)", value: 1, line: 5031 },
    deploymentStage: { label: "Deployment stage, in the fallacy", value: 5, line: 5063 },
    evaluationStage: { label: "Evaluation stage, in the fallacy", value: 4, line: 5063 },
  },
  compute: (i) => ({
    exercise: constraintPropagationCost({ discoveredAtStage: i.discoveredAtStage, definedAtStage: i.definedAtStage }),
    fromProblemDefinition: constraintPropagationCost({ discoveredAtStage: i.deploymentStage }),
    fromEvaluation: constraintPropagationCost({ discoveredAtStage: i.deploymentStage, definedAtStage: i.evaluationStage }),
  }),
  checks: [
    { name: "deployment-stage discovery, counted from stage 1", printed: "2^{5-1} = 16×", book: 16, unit: "×", tolerance: 0, line: 5063, value: (r) => r.fromProblemDefinition.multiplier },
    { name: "deployment-stage discovery, counted from evaluation design (stage 4)", printed: "16× the effort of catching it during evaluation design", book: 16, expected: 2, unit: "×", tolerance: 0, line: 5063,
      value: (r) => r.fromEvaluation.multiplier,
      note: "The formula counts stages from where the constraint belonged. Against evaluation design (stage 4) a stage-5 discovery is 2^(5−4) = 2×; the book's 16× counts from Problem Definition." },
  ],
  conclusion:
    "The exercise's answer is 2^(6−1) = 32× the base effort, revisiting data collection, training, evaluation and deployment; define demographic constraints before collecting data.",
});
