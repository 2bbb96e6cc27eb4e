import { describe, expect, it } from "vitest";
import { annotationValues } from "../../../src/calc/data/annotation-size";
import { expectInvalid } from "../expect-errors";

describe("annotationValues (Ch. 4, labelling)", () => {
  it("a class is 1 value, a box 5, a 1920×1080 mask 2,073,600: 41,472× ten boxes", () => {
    expect(annotationValues({ kind: "classification" })).toBe(1);
    expect(annotationValues({ kind: "boundingBoxes" })).toBe(5);
    const mask = annotationValues({ kind: "segmentationMask", width: 1920, height: 1080 });
    expect(mask).toBe(2_073_600);
    expect(mask / annotationValues({ kind: "boundingBoxes", boxes: 10 })).toBe(41_472);
  });

  it("rejects a mask without a size", () => {
    expectInvalid(() => annotationValues({ kind: "segmentationMask", width: 10 }), "annotationValues", "height", "undefined");
    expectInvalid(() => annotationValues({ kind: "polygon" as never }), "annotationValues", "kind", '"polygon"');
  });
});
