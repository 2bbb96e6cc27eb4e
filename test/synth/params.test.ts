/** Bad parameters: InvalidParameterError whose message names the scenario, the parameter and the value. */
import { describe, expect, it } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import {
  annotationLog, clickstream, creditApplications, driftingFeatures, fraudTransactions, generateColumns, generateTable,
  servingTrace, streamRecEmbeddings, streamRecInteractions, voiceQueries, Scenario,
} from "../../src/synth";

function rejects(scenario: Scenario<any>, params: object, message: RegExp) {
  const call = () => generateColumns(scenario, { rows: 10, seed: 1, params });
  expect(call).toThrow(InvalidParameterError);
  expect(call).toThrow(message);
}

describe("parameter validation", () => {
  it("each scenario names the bad parameter and its value", () => {
    rejects(clickstream, { meanSessionEvents: 0 }, /^clickstream: meanSessionEvents must be a finite number ≥ 1; got 0$/);
    rejects(clickstream, { eventTypeProbabilities: [0.5, 0.5, 0.1, 0] }, /clickstream: eventTypeProbabilities must be probabilities summing to 1/);
    rejects(clickstream, { startTime: "2024-01-01" }, /clickstream: startTime must be an ISO-8601 date-time with a zone.*; got "2024-01-01"/);
    rejects(clickstream, { itmes: 5 }, /clickstream: params must be one of the parameter names .*; got "itmes"/);
    rejects(streamRecEmbeddings, { dim: 2.5 }, /streamrec_embeddings: dim must be an integer ≥ 1; got 2\.5/);
    rejects(streamRecInteractions, { clusters: 10, items: 5 }, /streamrec_interactions: clusters must be an integer in \[1, items = 5\]; got 10/);
    rejects(creditApplications, { zipCodes: 200000 }, /credit_applications: zipCodes must be an integer in \[1, 100000\]; got 200000/);
    rejects(creditApplications, { model: { intercept: 0, logIncome: 0, debtRatio: 0, age: 0, employment: [1] } }, /credit_applications: model\.employment must be an array of 6 numbers/);
    rejects(voiceQueries, { peakToAverage: 0.5 }, /voice_queries: peakToAverage must be a finite number ≥ 1; got 0\.5/);
    rejects(servingTrace, { arrivals: "mmpp" }, /serving_trace: arrivals must be one of "poisson", "bursty"; got "mmpp"/);
    rejects(servingTrace, { networkMs: [100, 10] }, /serving_trace: networkMs\[1\] must be a number > networkMs\[0\] \(100\); got 10/);
    rejects(driftingFeatures, { covariateShift: "gradual", covariateStartDay: 50, covariateEndDay: 10 }, /drifting_features: covariateEndDay must be a day > covariateStartDay \(50\)/);
    rejects(driftingFeatures, { coefficients: { intercept: 0 } }, /drifting_features: coefficients\.age must be a finite number; got undefined/);
    rejects(fraudTransactions, { fraudRate: 1.5 }, /fraud_transactions: fraudRate must be a finite number in \[0, 1\]; got 1\.5/);
    rejects(annotationLog, { kappaEnd: 0.1, newShareEnd: 0.1 }, /annotation_log: kappaEnd must be reachable with newShareEnd = 0\.1/);
  });

  it("generateColumns and generateTable check rows, seed, range and partitions", () => {
    const bad = (f: () => unknown, re: RegExp) => {
      expect(f).toThrow(InvalidParameterError);
      expect(f).toThrow(re);
    };
    bad(() => generateColumns(clickstream, { rows: 0, seed: 1 }), /^generateColumns: rows must be an integer ≥ 1; got 0$/);
    bad(() => generateColumns(clickstream, { rows: 10, seed: -1 }), /generateColumns: seed must be an integer in \[0, 2\^53\); got -1/);
    bad(() => generateColumns(clickstream, { rows: 10, seed: 1, rowStart: 10 }), /generateColumns: rowStart must be an integer in \[0, rows = 10\); got 10/);
    bad(() => generateColumns(clickstream, { rows: 10, seed: 1, rowStart: 5, rowCount: 6 }), /generateColumns: rowCount must be an integer in \[0, rows − rowStart = 5\]; got 6/);
    bad(() => generateTable(clickstream, { rows: 10, seed: 1, partitions: 11 }), /generateTable: partitions must be an integer in \[1, rows = 10\]; got 11/);
    bad(() => generateColumns({} as never, { rows: 10, seed: 1 }), /generateColumns: scenario must be a Scenario/);
  });
});
