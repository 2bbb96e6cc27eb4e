import { describe, expect, it } from "vitest";
import { energyDistance } from "../../src/drift/energy-distance";
import { expectStatistic, loadFixture } from "./fixture-data";

const fx = loadFixture("distance.json");

describe("energyDistance vs scipy.stats.energy_distance (1e-12 relative)", () => {
  for (const c of fx.cases) {
    it(c.name, () => {
      const opts = c.uWeights ? { uWeights: c.uWeights, vWeights: c.vWeights } : {};
      expectStatistic(energyDistance(c.u, c.v, opts), c.energy, c.name);
    });
  }
  it("rejects an empty sample", () => {
    expect(() => energyDistance([1], [])).toThrow(/energyDistance: v must be a non-empty sample/);
  });
});
