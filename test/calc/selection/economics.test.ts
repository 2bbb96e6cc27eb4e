import { describe, expect, it } from "vitest";
import { informationComputeRatio } from "../../../src/calc/selection/information-compute-ratio";
import { labelNoiseSampleCost } from "../../../src/calc/selection/label-noise";
import { epochReduction } from "../../../src/calc/selection/epoch-reduction";
import { labelEfficiency } from "../../../src/calc/selection/label-efficiency";
import { totalDataCost } from "../../../src/calc/selection/total-data-cost";
import { activeLearningBudget } from "../../../src/calc/selection/active-learning-budget";
import { amortizedRoi, techniqueRoi } from "../../../src/calc/selection/technique-roi";
import { foundationModelAmortization } from "../../../src/calc/selection/foundation-amortization";
import { selectionInequality, selectionSpeedup } from "../../../src/calc/selection/selection-inequality";
import { dataEchoing } from "../../../src/calc/selection/data-echoing";
import { expectedClassRetention } from "../../../src/calc/selection/class-retention";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

describe("informationComputeRatio (Ch. 9, ICR)", () => {
  it("EL2N's 50 % coreset learns 1.8× more per FLOP than a random epoch", () => {
    const random = informationComputeRatio({ accuracyGainPoints: 5, samples: 1.28e6, flopsPerSample: q(8.2, "GFLOP") });
    const coreset = informationComputeRatio({ accuracyGainPoints: 4.5, samples: 641e3, flopsPerSample: q(8.2, "GFLOP") });
    expect((coreset.icr as number) / (random.icr as number)).toBeCloseTo(1.797, 3);
    expect(informationComputeRatio({ accuracyGainPoints: 1, samples: 0, flopsPerSample: 1 }).icr).toBeNull();
  });
});

describe("labelNoiseSampleCost, epochReduction, labelEfficiency", () => {
  it("ε = 0.01: 100 clean vs 10,000 noisy; Table 9.5's 23 %; FixMatch 12.5× / 200× / 1,250×", () => {
    expect(labelNoiseSampleCost({ targetError: 0.01 })).toEqual({ cleanSamples: 100, noisySamples: 10_000, ratio: 100 });
    expect(epochReduction({ baselineEpochs: 150, epochs: 115 }).timeSaved).toBeCloseTo(0.2333, 4);
    expect([4000, 250, 40].map((labels) => labelEfficiency({ fullLabels: 50_000, labels }).efficiency)).toEqual([12.5, 200, 1250]);
  });

  it("rejects an error of 1 and zero labels", () => {
    expectInvalid(() => labelNoiseSampleCost({ targetError: 1 }), "labelNoiseSampleCost", "targetError", "1");
    expectInvalid(() => labelEfficiency({ fullLabels: 1, labels: 0 }), "labelEfficiency", "labels", "0");
  });
});

describe("totalDataCost (Ch. 9, Eq. 9.15)", () => {
  it("the vision dataset: $135,200, 81.5 % of it data", () => {
    const r = totalDataCost({ acquisitionCost: 50_000, labeledSamples: 1.2e6, pricePerLabel: 0.05, storedVolume: 150, storagePrice: q(200 / 1800, "USD/GB/month"), storageMonths: 12, computeCost: 25_000 });
    expect(r.labeling.to("USD")).toBeCloseTo(60_000, 6);
    expect(r.storage.to("USD")).toBeCloseTo(200, 9);
    expect(r.total.to("USD")).toBeCloseTo(135_200, 6);
    expect(r.dataShare).toBeCloseTo(0.815, 3);
  });

  it("FixMatch: $250 of labels + 500 GPU-hours at $0.50", () => {
    expect(totalDataCost({ labeledSamples: 250, pricePerLabel: 1, computeHours: 500, pricePerComputeHour: 0.5 }).total.to("USD")).toBe(500);
    expect(totalDataCost({}).dataShare).toBeNull();
  });

  it("rejects a lump sum and a count for the same component", () => {
    expectInvalid(() => totalDataCost({ computeCost: 1, computeHours: 1 }), "totalDataCost", "computeHours", "1");
  });
});

describe("activeLearningBudget (Ch. 4 and 9)", () => {
  it("1M scans at $5: $5M to label all, $250K for the 50K hardest, $4.75M saved on 20× less data", () => {
    const r = activeLearningBudget({ poolSize: 1e6, pricePerLabel: 5, activeLabels: 50_000, budget: 500_000 });
    expect(r.fullLabelingCost.to("USD")).toBe(5e6);
    expect(r.activeCost.to("USD")).toBe(250_000);
    expect(r.savingVsFull.to("USD")).toBe(4.75e6);
    expect([r.dataReduction, r.affordableLabels, r.activeWithinBudget]).toEqual([20, 100_000, true]);
  });

  it("Ch. 4's pool: scoring all 10M images at $0.01 costs $100K, twice the $50K budget", () => {
    const r = activeLearningBudget({ poolSize: 10e6, pricePerLabel: 0.5, randomLabelsNeeded: 1e6, sampleEfficiency: 10, scoringPricePerItem: 0.01, budget: 50_000 });
    expect(r.randomCost.to("USD")).toBe(500_000);
    expect(r.activeLabelingCost.to("USD")).toBe(50_000);
    expect(r.selectionCost.to("USD")).toBeCloseTo(100_000, 6);
    expect([r.randomWithinBudget, r.activeWithinBudget]).toEqual([false, false]);
  });

  it("the break-even example: 2,000 labels in 10 rounds of 100 after 1,000, $50 a round: $20,500", () => {
    const r = activeLearningBudget({ poolSize: 1e5, pricePerLabel: 10, randomLabelsNeeded: 5000, activeLabels: 2000, initialLabels: 1000, labelsPerRound: 100, costPerRound: 50 });
    expect(r.rounds).toBe(10);
    expect(r.activeCost.to("USD")).toBe(20_500);
    expect(techniqueRoi({ baselineCost: r.randomCost, techniqueCost: r.activeCost })).toBeCloseTo(1.439, 3);
  });

  it("needs exactly one of activeLabels and sampleEfficiency", () => {
    expectInvalid(() => activeLearningBudget({ poolSize: 1, pricePerLabel: 1 }), "activeLearningBudget", "activeLabels", "undefined");
    expectInvalid(() => activeLearningBudget({ poolSize: 1, pricePerLabel: 1, sampleEfficiency: 0.5 }), "activeLearningBudget", "sampleEfficiency", "0.5");
  });
});

describe("ROI and amortization", () => {
  it("dedup: −82 %, −9 %, +82 %, +809 % after 1, 5, 10, 50 runs; break-even 5.5", () => {
    const roi = (runs: number) => amortizedRoi({ runs, savingsPerRun: 10_000, oneTimeInvestment: 55_000 }).roi;
    expect([1, 5, 10, 50].map((n) => Math.round(roi(n) * 100))).toEqual([-82, -9, 82, 809]);
    expect(amortizedRoi({ runs: 1, savingsPerRun: 1, oneTimeInvestment: 5 }).breakEvenRuns).toBe(5);
    expectInvalid(() => techniqueRoi({ baselineCost: 1, techniqueCost: 0 }), "techniqueRoi", "techniqueCost", "0");
  });

  it("foundation models: 10,000 vs 10,500 GPU-hours at 10 tasks, crossover at 10.5", () => {
    const r = foundationModelAmortization({ tasks: 10, scratchCostPerTask: 1000, pretrainingCost: 10_000, fineTuneCostPerTask: 50 });
    expect([r.scratchTotal, r.foundationTotal, r.marginalCostRatio]).toEqual([10_000, 10_500, 20]);
    expect(r.crossoverTasks).toBeCloseTo(10.53, 2);
    expect(foundationModelAmortization({ tasks: 1, scratchCostPerTask: 1, pretrainingCost: 1, fineTuneCostPerTask: 2 }).crossoverTasks).toBeNull();
  });
});

describe("selection inequality and speedup (Ch. 9, Eq. 9.2)", () => {
  const base = { poolSize: 1e6, subsetSize: 1e5, trainingTimePerSample: 0.01, epochs: 100 };
  it("full-model scoring 30.6 h, proxy 28.3 h, baseline 278 h; a 50 h selection still holds", () => {
    const full = selectionInequality({ ...base, scoringTimePerSample: 0.01 });
    expect(full.totalTime.to("h")).toBeCloseTo(30.56, 2);
    expect(full.savedShare).toBeCloseTo(0.89, 2);
    expect(full.withinOverheadLimit).toBe(true);
    const trap = selectionInequality({ ...base, selectionTime: q(50, "h") });
    expect(trap.totalTime.to("h")).toBeCloseTo(77.78, 2);
    expect([trap.holds, trap.withinOverheadLimit]).toEqual([true, false]);
    expect(trap.overheadShare).toBeCloseTo(1.8, 12);
  });

  it("100 / (1 + 10) ≈ 9×; reselecting every epoch costs 110 epochs", () => {
    expect(selectionSpeedup({ fullEpochs: 100, selectionCostEpochs: 1, subsetFraction: 0.1 }).speedup).toBeCloseTo(9.09, 2);
    expect(selectionSpeedup({ fullEpochs: 100, selectionCostEpochs: 1, subsetFraction: 0.1, selections: 100 }).speedup).toBeCloseTo(0.909, 3);
  });

  it("rejects a subset larger than the pool and both selection forms", () => {
    expectInvalid(() => selectionInequality({ ...base, subsetSize: 2e6, scoringTimePerSample: 1 }), "selectionInequality", "subsetSize", "2000000");
    expectInvalid(() => selectionInequality({ ...base, scoringTimePerSample: 1, selectionTime: 1 }), "selectionInequality", "scoringTimePerSample", "1");
  });
});

describe("dataEchoing and expectedClassRetention", () => {
  it("300 vs 800 img/s: R = 2.67, 37.5 % utilization, 384,000 s; e = 2 halves it", () => {
    const none = dataEchoing({ pipelineRate: 300, acceleratorRate: 800, samplesPerEpoch: 1.28e6, epochs: 90 });
    expect(none.ratio).toBeCloseTo(2.667, 3);
    expect(none.utilization).toBe(0.375);
    expect(none.trainingTime.to("s")).toBeCloseTo(384_000, 6);
    const echo = dataEchoing({ pipelineRate: 300, acceleratorRate: 800, echoFactor: 4, samplesPerEpoch: 1.28e6, epochs: 90, echoValue: 0.8 });
    expect(echo.trainedRate).toBe(800);
    expect(echo.echoBeyondRatio).toBe(true);
    expect(echo.effectiveRate).toBeCloseTo(300 * (1 + (800 / 300 - 1) * 0.8), 9);
    expectInvalid(() => dataEchoing({ pipelineRate: 1, acceleratorRate: 1, echoFactor: 0.5, samplesPerEpoch: 1, epochs: 1 }), "dataEchoing", "echoFactor", "0.5");
  });

  it("a 10 % coreset keeps 100 of 1,000 rare samples, under the 150 minimum", () => {
    expect(expectedClassRetention({ classCount: 1000, fraction: 0.1, minimumPerClass: 150 })).toEqual({ expectedRetained: 100, meetsMinimum: false, stratifiedFractionNeeded: 0.15 });
  });
});
