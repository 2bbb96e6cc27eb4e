/**
 * Amortizing a foundation model (book Chapter 9, cost amortization, Figure 9.7):
 * pre-train once and fine-tune per task, or train every task from scratch.
 */
import { validatorFor } from "../../util/validate";

/** Input of {@link foundationModelAmortization}. Costs in any one unit (GPU-hours, USD, labels), each ≥ 0. */
export interface FoundationAmortizationInput {
  /** Tasks, ≥ 0. Book: 10. */
  readonly tasks: number;
  /** C_task, the cost of one task from scratch. Book: 1,000 GPU-hours. */
  readonly scratchCostPerTask: number;
  /** C_pretrain, paid once. Book: 10,000 GPU-hours. */
  readonly pretrainingCost: number;
  /** C_finetune, per task. Book: 50 GPU-hours. */
  readonly fineTuneCostPerTask: number;
}

/** Result of {@link foundationModelAmortization}. */
export interface FoundationAmortizationResult {
  /** tasks · scratchCostPerTask. */
  readonly scratchTotal: number;
  /** pretrainingCost + tasks · fineTuneCostPerTask. */
  readonly foundationTotal: number;
  /** n* = C_pretrain / (C_task − C_finetune): tasks beyond which the foundation model is cheaper (`null` when fine-tuning costs at least as much as scratch). */
  readonly crossoverTasks: number | null;
  /** scratchCostPerTask / fineTuneCostPerTask, the per-task marginal saving (`null` when fine-tuning is free). */
  readonly marginalCostRatio: number | null;
}

/**
 * Scratch versus foundation-model totals over a number of tasks, and the crossover.
 *
 * Formulas (seed 004 L22253–L22264): scratch = n·C_task; foundation = C_pretrain + n·C_finetune;
 * `n* = C_pretrain / (C_task − C_finetune)`. The book: 10,000 vs 10,500 GPU-hours at 10 tasks,
 * a 20× lower marginal cost, crossover "around 11 tasks" (10.53).
 *
 * @throws InvalidParameterError for negative costs or tasks, a missing input or an unknown key.
 * @example
 * ```ts
 * foundationModelAmortization({ tasks: 10, scratchCostPerTask: 1000, pretrainingCost: 10_000, fineTuneCostPerTask: 50 }).crossoverTasks
 * // 10.526315789473685
 * ```
 */
export function foundationModelAmortization(input: FoundationAmortizationInput): FoundationAmortizationResult {
  const check = validatorFor("foundationModelAmortization");
  const i = check.options("input", input, ["tasks", "scratchCostPerTask", "pretrainingCost", "fineTuneCostPerTask"]);
  const n = check.nonNegative("tasks", i.tasks);
  const scratch = check.nonNegative("scratchCostPerTask", i.scratchCostPerTask);
  const pretrain = check.nonNegative("pretrainingCost", i.pretrainingCost);
  const finetune = check.nonNegative("fineTuneCostPerTask", i.fineTuneCostPerTask);
  return Object.freeze({
    scratchTotal: n * scratch,
    foundationTotal: pretrain + n * finetune,
    crossoverTasks: scratch > finetune ? pretrain / (scratch - finetune) : null,
    marginalCostRatio: finetune === 0 ? null : scratch / finetune,
  });
}
