/**
 * Label size by annotation type (book Chapter 4, labelling): a class label is one value,
 * a bounding box four coordinates and a class, a segmentation mask one value per pixel.
 */
import { validatorFor } from "../../util/validate";

/** The annotation types of {@link annotationValues}. */
export type AnnotationKind = "classification" | "boundingBoxes" | "segmentationMask";

/** Input of {@link annotationValues}. */
export interface AnnotationValuesInput {
  readonly kind: AnnotationKind;
  /** Boxes per image, an integer ≥ 0 (for `"boundingBoxes"`). Default 1. */
  readonly boxes?: number;
  /** Values per box, an integer ≥ 1. Default 5 (x, y, w, h, class). */
  readonly valuesPerBox?: number;
  /** Image width and height in pixels, integers in [1, 1e6] (for `"segmentationMask"`). */
  readonly width?: number;
  readonly height?: number;
}

/**
 * Values stored per image for an annotation type.
 *
 * Source: seed 004 L6546–L6548: a box is 4 coordinates + a class, 5× a class label; a
 * 1920×1080 mask is about 2 million labels (2,073,600). The book's "~200,000×" mask-to-box
 * ratio counts a box as one value; with its own 5 values a box, ten boxes are 50 values
 * and the ratio is 41,472×.
 *
 * @throws InvalidParameterError for an unknown kind, counts that are not integers in
 *   range, a mask without width and height, a missing input or an unknown key.
 * @example
 * ```ts
 * annotationValues({ kind: "boundingBoxes", boxes: 10 })                           // 50
 * annotationValues({ kind: "segmentationMask", width: 1920, height: 1080 })        // 2073600
 * ```
 */
export function annotationValues(input: AnnotationValuesInput): number {
  const check = validatorFor("annotationValues");
  const i = check.options("input", input, ["kind", "boxes", "valuesPerBox", "width", "height"]);
  const kind = check.oneOf("kind", i.kind, ["classification", "boundingBoxes", "segmentationMask"] as const);
  if (kind === "classification") return 1;
  if (kind === "boundingBoxes") return check.integer("boxes", i.boxes ?? 1, 0) * check.integer("valuesPerBox", i.valuesPerBox ?? 5, 1);
  const side = (name: "width" | "height"): number => {
    const v = check.integer(name, i[name] as number, 1);
    return v > 1e6 ? check.fail(name, v, "an integer number of pixels in [1, 1e6]") : v;
  };
  return side("width") * side("height");
}
