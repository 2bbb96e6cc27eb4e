import { describe, expect, it } from "vitest";
import { constraintPropagationCost, WORKFLOW_STAGES } from "../../../src/calc/workflow/constraint-propagation";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

describe("constraintPropagationCost (Ch. 3, 2^(N−1))", () => {
  it("stage 5 costs 16×, stage 6 32×, and revisits the stages in between", () => {
    expect(constraintPropagationCost({ discoveredAtStage: 5 }).multiplier).toBe(16);
    const six = constraintPropagationCost({ discoveredAtStage: 6, baseEffort: q(2, "day") });
    expect(six.multiplier).toBe(32);
    expect(six.stagesRevisited).toEqual(WORKFLOW_STAGES.slice(1, 5));
    expect(six.correctionEffort?.to("day")).toBe(64);
  });

  it("counts from the stage the constraint belonged to", () => {
    expect(constraintPropagationCost({ discoveredAtStage: 5, definedAtStage: 4 }).multiplier).toBe(2);
    expect(constraintPropagationCost({ discoveredAtStage: 3, definedAtStage: 3 })).toMatchObject({ multiplier: 1, stagesRevisited: [], correctionEffort: null });
  });

  it("rejects stages outside 1–6 and a definition after the discovery", () => {
    expectInvalid(() => constraintPropagationCost({ discoveredAtStage: 7 }), "constraintPropagationCost", "discoveredAtStage", "7");
    expectInvalid(() => constraintPropagationCost({ discoveredAtStage: 0 }), "constraintPropagationCost", "discoveredAtStage", "0");
    expectInvalid(() => constraintPropagationCost({ discoveredAtStage: 2, definedAtStage: 3 }), "constraintPropagationCost", "definedAtStage", "3");
    expectInvalid(() => constraintPropagationCost({ discoveredAtStage: 2, stage: 1 } as never), "constraintPropagationCost", "input.stage", "1");
  });
});
