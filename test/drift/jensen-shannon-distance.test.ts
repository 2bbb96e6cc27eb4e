import { describe, expect, it } from "vitest";
import { jensenShannonDistance } from "../../src/drift/jensen-shannon-distance";
import { InvalidParameterError } from "../../src/util/errors";
import { expectStatistic, loadFixture } from "./fixture-data";

const fx = loadFixture("divergence.json");

describe("jensenShannonDistance vs scipy.spatial.distance.jensenshannon (1e-12 relative)", () => {
  fx.cases.forEach((c: any, k: number) => {
    it(`case ${k}`, () => {
      for (const [key, base] of [["e", undefined], ["2", 2], ["10", 10]] as const) {
        expectStatistic(jensenShannonDistance(c.p, c.q, { base }), c[`jsDistance_${key}`], `base ${key}`);
      }
    });
  });
  it("errors name jensenShannonDistance", () => {
    expect(() => jensenShannonDistance([1, 2], [1])).toThrow(InvalidParameterError);
    expect(() => jensenShannonDistance([1, 2], [1])).toThrow(/^jensenShannonDistance: q must be the same length as p \(2\)/);
  });
});
