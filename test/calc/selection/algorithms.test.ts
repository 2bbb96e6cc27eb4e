import { describe, expect, it } from "vitest";
import { philox } from "../../../src/random/philox";
import { normal } from "../../../src/random/normal";
import { randomSelection } from "../../../src/calc/selection/random-selection";
import { uncertaintySampling } from "../../../src/calc/selection/uncertainty-sampling";
import { kCenterGreedy } from "../../../src/calc/selection/k-center-greedy";
import { nearestCentroidFit, nearestCentroidPredict } from "../../../src/calc/selection/nearest-centroid";
import { dataCompressionRatio, learningCurveMetrics } from "../../../src/calc/selection/learning-curve-metrics";
import { selectionLearningCurve } from "../../../src/calc/selection/selection-learning-curve";
import { expectInvalid } from "../expect-errors";

/** Three Gaussian blobs in 2-D, n points each, from one seed. */
function blobs(seed: number, n: number) {
  const centres = [[0, 0], [4, 0], [2, 3.5]];
  const points = new Float64Array(3 * n * 2);
  const labels = new Int32Array(3 * n);
  const noise = normal(philox(seed), new Float64Array(3 * n * 2));
  for (let c = 0; c < 3; c++) for (let k = 0; k < n; k++) {
    const row = c * n + k;
    points[2 * row] = centres[c][0] + noise[2 * row];
    points[2 * row + 1] = centres[c][1] + noise[2 * row + 1];
    labels[row] = c;
  }
  return { points, labels };
}

describe("randomSelection", () => {
  it("is seeded, distinct and respects exclusions", () => {
    const a = randomSelection({ poolSize: 100, budget: 10, source: philox(3) });
    expect(Array.from(a)).toEqual(Array.from(randomSelection({ poolSize: 100, budget: 10, source: philox(3) })));
    expect(new Set(a).size).toBe(10);
    const b = randomSelection({ poolSize: 10, budget: 5, source: philox(3), exclude: [0, 1, 2, 3, 4] });
    expect([...b].sort()).toEqual([5, 6, 7, 8, 9]);
  });

  it("rejects a budget above what is left and a missing source", () => {
    expectInvalid(() => randomSelection({ poolSize: 3, budget: 4, source: philox(1) }), "randomSelection", "budget", "4");
    expectInvalid(() => randomSelection({ poolSize: 3, budget: 1, source: {} as never }), "randomSelection", "source", "an object");
  });
});

describe("uncertaintySampling", () => {
  const p = Float64Array.from([0.5, 0.3, 0.2, 0.9, 0.05, 0.05, 0.4, 0.4, 0.2]);
  it("ranks by least confidence, margin and entropy", () => {
    expect(Array.from(uncertaintySampling({ probabilities: p, classes: 3, budget: 3, measure: "leastConfidence" }).indices)).toEqual([2, 0, 1]);
    expect(Array.from(uncertaintySampling({ probabilities: p, classes: 3, budget: 1, measure: "margin" }).indices)).toEqual([2]);
    const e = uncertaintySampling({ probabilities: p, classes: 3, budget: 1, measure: "entropy" });
    expect(e.scores[1]).toBeCloseTo(-(0.9 * Math.log(0.9) + 0.1 * Math.log(0.05)), 12);
    expect(Array.from(uncertaintySampling({ probabilities: p, classes: 3, budget: 2, exclude: [2] }).indices)).toEqual([0, 1]);
  });

  it("rejects probabilities outside [0, 1] and a ragged array", () => {
    expectInvalid(() => uncertaintySampling({ probabilities: Float64Array.from([1.5, -0.5]), classes: 2, budget: 1 }), "uncertaintySampling", "probabilities[0]", "1.5");
    expectInvalid(() => uncertaintySampling({ probabilities: Float64Array.from([0.5, 0.5, 1]), classes: 2, budget: 1 }), "uncertaintySampling", "probabilities", '"an array of 3"');
  });
});

describe("kCenterGreedy", () => {
  it("picks the farthest point each time; the radius never grows", () => {
    const { points } = blobs(5, 40);
    const r = kCenterGreedy({ points, dimensions: 2, budget: 12 });
    expect(r.indices[0]).toBe(0);
    for (let k = 1; k < r.radii.length; k++) expect(r.radii[k]).toBeLessThanOrEqual(r.radii[k - 1]);
    expect(new Set(r.indices).size).toBe(12);
  });

  it("covers at least as well as random selection of the same size", () => {
    const { points } = blobs(5, 100);
    const greedy = kCenterGreedy({ points, dimensions: 2, budget: 20 }).radius;
    const random = kCenterGreedy({ points, dimensions: 2, budget: 0, initial: randomSelection({ poolSize: 300, budget: 20, source: philox(9) }) }).radius;
    expect(greedy).toBeLessThan(random);
  });

  it("rejects work beyond the bound", () => {
    expectInvalid(() => kCenterGreedy({ points: new Float64Array(1e6 * 2), dimensions: 2, budget: 1001 }), "kCenterGreedy", "budget", "1001");
  });
});

describe("nearest centroid, learning curves and their metrics", () => {
  const pool = blobs(11, 200);
  const test = blobs(12, 100);

  it("fits class means and predicts separable blobs well", () => {
    const model = nearestCentroidFit({ points: pool.points, dimensions: 2, labels: pool.labels, classes: 3 });
    expect(model.centroids[2]).toBeCloseTo(4, 0);
    const { predictions, probabilities } = nearestCentroidPredict({ model, points: test.points });
    const accuracy = predictions.filter((p, k) => p === test.labels[k]).length / predictions.length;
    expect(accuracy).toBeGreaterThan(0.85);
    expect(probabilities[0] + probabilities[1] + probabilities[2]).toBeCloseTo(1, 12);
  });

  it("runs every method on the same seeded pool, reproducibly", () => {
    const run = (method: "random" | "uncertainty" | "kCenter") =>
      selectionLearningCurve({ pool, test, dimensions: 2, classes: 3, method, initialLabels: 3, batchSize: 3, rounds: 8, source: philox(4) });
    for (const method of ["random", "uncertainty", "kCenter"] as const) {
      const a = run(method);
      expect(a.labels).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27]);
      expect(a.accuracy).toEqual(run(method).accuracy);
      expect(new Set(a.labelled).size).toBe(27);
      expect(Array.from(a.labelled.slice(0, 3))).toEqual(Array.from(run("random").labelled.slice(0, 3)));
    }
  });

  it("PPD, AULC (trapezoids) and the data compression ratio", () => {
    const m = learningCurveMetrics({ labels: [10, 20, 40], accuracy: [0.5, 0.7, 0.8], accuracyAtZero: 1 / 3, targetAccuracy: 0.75 });
    expect(m.aulc).toBeCloseTo(((1 / 3 + 0.5) / 2) * 10 + 0.6 * 10 + 0.75 * 20, 12);
    expect(m.labelsToTarget).toBeCloseTo(30, 12);
    expect(learningCurveMetrics({ labels: [10], accuracy: [0.5], accuracyAtZero: 0.3, targetAccuracy: 0.9 }).labelsToTarget).toBeNull();
    expect(dataCompressionRatio({ baseline: { labels: [50, 100], accuracy: [0.6, 0.8] }, selected: { labels: [10, 20], accuracy: [0.7, 0.8] }, targetAccuracy: 0.8, accuracyAtZero: 0.5 })).toBe(5);
  });

  it("rejects labels that do not increase and too many rounds", () => {
    expectInvalid(() => learningCurveMetrics({ labels: [10, 10], accuracy: [0.5, 0.6], accuracyAtZero: 0 }), "learningCurveMetrics", "labels[1]", "10");
    expectInvalid(() => selectionLearningCurve({ pool, test, dimensions: 2, classes: 3, method: "random", initialLabels: 10, batchSize: 100, rounds: 10, source: philox(1) }), "selectionLearningCurve", "rounds", "10");
    expectInvalid(() => nearestCentroidFit({ points: pool.points, dimensions: 2, labels: pool.labels, classes: 3, rows: [] }), "nearestCentroidFit", "rows", '"an empty list"');
  });
});

describe("nearestNeighborPredict", () => {
  it("scores each class by its nearest labelled point", async () => {
    const { nearestNeighborPredict } = await import("../../../src/calc/selection/nearest-neighbor");
    const points = Float64Array.from([0, 0, 1, 0, 10, 10]);
    const r = nearestNeighborPredict({ points, dimensions: 2, labels: [0, 0, 1], classes: 2, rows: [1, 2], queries: Float64Array.from([0.4, 0, 9, 9]) });
    expect(Array.from(r.predictions)).toEqual([0, 1]);
    expect(r.probabilities[0]).toBeCloseTo(1 / (1 + Math.exp(-(((10 - 0.4) ** 2 + 100) - 0.36))), 12);
    expectInvalid(() => nearestNeighborPredict({ points, dimensions: 2, labels: [0, 0, 1], classes: 2, rows: [], queries: points }), "nearestNeighborPredict", "rows", '"an empty list"');
  });

  it("the learning curve can use the nearest-centroid model instead", () => {
    const pool = blobs(11, 50);
    const test = blobs(12, 20);
    const c = selectionLearningCurve({ pool, test, dimensions: 2, classes: 3, method: "uncertainty", initialLabels: 3, batchSize: 3, rounds: 2, source: philox(1), model: "nearestCentroid" });
    expect(c.labels).toEqual([3, 6, 9]);
    expectInvalid(() => selectionLearningCurve({ pool, test, dimensions: 2, classes: 3, method: "random", initialLabels: 3, batchSize: 3, rounds: 2, source: philox(1), model: "svm" as never }), "selectionLearningCurve", "model", '"svm"');
  });
});
