/**
 * WE-2.3 "Distance Penalty" (book Ch. 2, the Light Barrier, seed 004 L2178–L2906): a
 * robot arm's 10 ms safety loop against a data centre 1,500 km away.
 */
import { constantQuantity, getConstant } from "../../constants/constant-registry";
import { fiberRoundTrip } from "../../calc/deployment/light-barrier";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-2.3: 1,500 km costs 15 ms of round-trip propagation, 5 ms more than the whole
 * budget; California–Virginia (3,600 km) costs 36 ms.
 *
 * @example
 * ```ts
 * distancePenaltyExample.compute().arm.remainingBudget?.to("ms") // -4.999999999999999
 * ```
 */
export const distancePenaltyExample = workedExample({
  id: "WE-2.3",
  slug: "distance-penalty",
  title: "The distance penalty of a cloud safety monitor",
  chapter: 2,
  section: "Chapter 2, The Light Barrier (Eq. 2.1)",
  lines: [2178, 2906],
  problem: "Can a robot arm's 10 ms safety loop run on a model in a data centre 1,500 km away?",
  inputs: {
    distance: { label: "distance to the data centre", value: q(1500, "km"), line: 2893 },
    budget: { label: "end-to-end safety budget", value: q(10, "ms"), line: 2893 },
    fiberSpeed: { label: "light in fibre", value: constantQuantity("SPEED_OF_LIGHT_FIBER_KM_S", "km/s"), provenance: getConstant("SPEED_OF_LIGHT_FIBER_KM_S").provenance },
    crossCountry: { label: "California to Virginia", value: q(3600, "km"), line: 2180 },
  },
  compute: (i) => ({
    arm: fiberRoundTrip({ distance: i.distance, fiberSpeed: i.fiberSpeed, budget: i.budget }),
    crossCountry: fiberRoundTrip({ distance: i.crossCountry, fiberSpeed: i.fiberSpeed }),
  }),
  checks: [
    { name: "round-trip propagation, 1,500 km", printed: "= 15 ms", book: 15, unit: "ms", tolerance: 1e-12, line: 2900, value: (r) => r.arm.roundTrip },
    { name: "budget left for computation", printed: "(-5 ms)", book: -5, unit: "ms", tolerance: 1e-9, line: 2902, value: (r) => r.arm.remainingBudget! },
    { name: "round trip, California to Virginia", printed: "~36 ms minimum", book: 36, unit: "ms", tolerance: 1e-12, line: 2180, value: (r) => r.crossCountry.roundTrip },
  ],
  conclusion: "Propagation alone breaks the budget before the model computes anything: physics, not engineering, puts this workload at the edge.",
});
