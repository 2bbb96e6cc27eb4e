/**
 * Active learning as a budget decision (book Chapter 4, the active-learning
 * multiplier; Chapter 9, the diagnostic-AI problem and the break-even example): label
 * fewer, better-chosen samples, and pay for the model runs that choose them.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link activeLearningBudget}. Give the active campaign's size as `activeLabels` or as `sampleEfficiency`. */
export interface ActiveLearningBudgetInput {
  /** Unlabelled pool, ≥ 0. Book: 10M images (Ch. 4), 1M scans (Ch. 9). */
  readonly poolSize: number;
  /** Price of one label. Number in USD, or a money quantity. ≥ 0. Book: $0.50, $5, $10. */
  readonly pricePerLabel: Amount<"money">;
  /** Labels random sampling needs to reach the target, ≥ 0. Default: the whole pool. Book: ~1M (Ch. 4), 5,000 (break-even). */
  readonly randomLabelsNeeded?: number;
  /** Labels active learning needs, ≥ 0. Book: 50,000; 2,000. */
  readonly activeLabels?: number;
  /** How many times fewer labels active learning needs than random sampling, ≥ 1. Book: 5–10×. */
  readonly sampleEfficiency?: number;
  /** Labels in the initial (random) seed set, counted inside `activeLabels`, ≥ 0. Default 0. Book: 1,000. */
  readonly initialLabels?: number;
  /** Labels queried per round, > 0. Optional; with it, rounds = ⌈(activeLabels − initialLabels) / labelsPerRound⌉. Book: 100. */
  readonly labelsPerRound?: number;
  /** Inference cost of one round (scoring the pool). Number in USD, or a money quantity. ≥ 0. Default 0. Book: $50. */
  readonly costPerRound?: Amount<"money">;
  /** Cost of scoring one pool item once. Number in USD, or a money quantity. ≥ 0. Default 0. Book: ~$0.01 per image (Ch. 4). */
  readonly scoringPricePerItem?: Amount<"money">;
  /** Share of the pool scored, in [0, 1]. Default 1. */
  readonly fractionScored?: number;
  /** Budget to compare with. Number in USD, or a money quantity. ≥ 0. Optional. */
  readonly budget?: Amount<"money">;
}

/** Result of {@link activeLearningBudget}. */
export interface ActiveLearningBudgetResult {
  /** poolSize · pricePerLabel: labelling everything. */
  readonly fullLabelingCost: Quantity<"money">;
  /** randomLabelsNeeded · pricePerLabel. */
  readonly randomCost: Quantity<"money">;
  /** Labels the active campaign buys. */
  readonly activeLabels: number;
  /** activeLabels · pricePerLabel. */
  readonly activeLabelingCost: Quantity<"money">;
  /** Query rounds, 0 without `labelsPerRound`. */
  readonly rounds: number;
  /** poolSize · fractionScored · scoringPricePerItem + rounds · costPerRound. */
  readonly selectionCost: Quantity<"money">;
  /** activeLabelingCost + selectionCost. */
  readonly activeCost: Quantity<"money">;
  /** randomCost − activeCost. */
  readonly savingVsRandom: Quantity<"money">;
  /** fullLabelingCost − activeCost. */
  readonly savingVsFull: Quantity<"money">;
  /** poolSize / activeLabels: how much less data the model trains on (`null` for 0 labels). */
  readonly dataReduction: number | null;
  /** ⌊budget / pricePerLabel⌋ labels a budget buys at random, or `null` without a budget (or a free label). */
  readonly affordableLabels: number | null;
  /** Whether each campaign fits the budget (`null` without a budget). */
  readonly randomWithinBudget: boolean | null;
  readonly activeWithinBudget: boolean | null;
}

/**
 * Labelling cost of random sampling against active learning, with the cost of selection.
 *
 * Formulas (seed 004 L6599–L6619, L21989–L22015, L23125–L23146): random = N_random · price;
 * active = N_active · price + pool · scored · scoringPrice + rounds · roundCost. The book:
 * 1M scans at $5 cost $5M; the 50,000 hardest cost $250,000, a $4.75M saving on 20× less
 * data. Ch. 4's 10M-image pool scored at $0.01 a image costs $100,000, twice its $50K budget.
 *
 * @throws InvalidParameterError unless exactly one of `activeLabels` / `sampleEfficiency`
 *   is given, for negative counts or prices, a share outside [0, 1], an efficiency below 1,
 *   more initial labels than active ones, a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const r = activeLearningBudget({ poolSize: 1e6, pricePerLabel: 5, activeLabels: 50_000, budget: 500_000 });
 * r.fullLabelingCost.format()  // "$5M"
 * r.savingVsFull.format()      // "$4.75M"
 * r.dataReduction              // 20
 * r.affordableLabels           // 100000
 * ```
 */
export function activeLearningBudget(input: ActiveLearningBudgetInput): ActiveLearningBudgetResult {
  const fn = "activeLearningBudget";
  const check = validatorFor(fn);
  const i = check.options("input", input, [
    "poolSize", "pricePerLabel", "randomLabelsNeeded", "activeLabels", "sampleEfficiency", "initialLabels",
    "labelsPerRound", "costPerRound", "scoringPricePerItem", "fractionScored", "budget",
  ]);
  const usd = (name: string, value: Amount<"money"> | undefined): number => readAmount(fn, name, value ?? 0, "USD", "nonNegative").to("USD");
  const pool = check.nonNegative("poolSize", i.poolSize);
  const price = usd("pricePerLabel", i.pricePerLabel);
  const randomLabels = check.nonNegative("randomLabelsNeeded", i.randomLabelsNeeded ?? pool);
  if ((i.activeLabels === undefined) === (i.sampleEfficiency === undefined)) {
    check.fail("activeLabels", i.activeLabels, "given alone, or left out when sampleEfficiency is given");
  }
  const active = i.activeLabels !== undefined
    ? check.nonNegative("activeLabels", i.activeLabels)
    : randomLabels / check.atLeast("sampleEfficiency", i.sampleEfficiency as number, 1);
  const initial = check.nonNegative("initialLabels", i.initialLabels ?? 0);
  if (initial > active) check.fail("initialLabels", initial, `at most activeLabels = ${active}`);
  const perRound = i.labelsPerRound === undefined ? null : check.positive("labelsPerRound", i.labelsPerRound);
  const rounds = perRound === null ? 0 : Math.ceil(Number(((active - initial) / perRound).toPrecision(12)));
  const scored = check.probability("fractionScored", i.fractionScored ?? 1);
  const selection = pool * scored * usd("scoringPricePerItem", i.scoringPricePerItem) + rounds * usd("costPerRound", i.costPerRound);
  const activeLabeling = active * price;
  const activeTotal = activeLabeling + selection;
  const budget = i.budget === undefined ? null : usd("budget", i.budget);
  const randomCost = randomLabels * price;
  return Object.freeze({
    fullLabelingCost: q(pool * price, "USD"),
    randomCost: q(randomCost, "USD"),
    activeLabels: active,
    activeLabelingCost: q(activeLabeling, "USD"),
    rounds,
    selectionCost: q(selection, "USD"),
    activeCost: q(activeTotal, "USD"),
    savingVsRandom: q(randomCost - activeTotal, "USD"),
    savingVsFull: q(pool * price - activeTotal, "USD"),
    dataReduction: active === 0 ? null : pool / active,
    affordableLabels: budget === null || price === 0 ? null : Math.floor(Number((budget / price).toPrecision(12))),
    randomWithinBudget: budget === null ? null : randomCost <= budget,
    activeWithinBudget: budget === null ? null : activeTotal <= budget,
  });
}
