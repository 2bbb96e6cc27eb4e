/**
 * Annotation log for label-quality monitoring: two annotators per item, gold items,
 * and inter-annotator agreement that degrades as new annotators join, from Cohen's
 * κ = 0.85 to 0.72 over six months (seed 004 L6129 Eq 4.2, L6133; L6570–L6578 for gold
 * items and annotator metrics).
 */
import { lognormal } from "../random/lognormal";
import { uniform } from "../random/uniform";
import { validatorFor } from "../util/validate";
import { cumulative, pick } from "./draw-helpers";
import { columnSource, KeyedStream, uniform32, uniform53 } from "./keyed-stream";
import { checkProbabilities, resolveParams } from "./resolve-params";
import { ColumnSpec, Columns, Scenario } from "./scenario";
import { DEFAULT_START_TIME, parseStartTime, SECONDS_PER_DAY } from "./time-window";
import { largeTypedArray } from "../util/large-array";

/** Parameters of {@link annotationLog}. */
export interface AnnotationLogParams {
  /** Days the log covers; 180 (six months, L6133). */
  days: number;
  /** Start, ISO-8601 with zone. */
  startTime: string;
  /** Expected pairwise Cohen's κ at the start; 0.85 (L6133). */
  kappaStart: number;
  /** Expected pairwise Cohen's κ at the end; 0.72 (L6133). */
  kappaEnd: number;
  /** Prevalence of the true classes normal, benign, malignant; [0.6, 0.3, 0.1] (assumption). */
  classProbabilities: readonly number[];
  /** Annotators in the trained cohort; 20 (assumption). */
  trainedAnnotators: number;
  /** Annotators in the new cohort; 20 (assumption). */
  newAnnotators: number;
  /** Share of annotations by the new cohort at the end (it grows linearly from 0); 0.5 (assumption). */
  newShareEnd: number;
  /** Share of gold items with a known answer; 0.05 (within L6570's 1–10 %). */
  goldFraction: number;
  /** Median seconds per annotation, trained / new; 30 / 18 (assumption: L6578 "too fast → careless"). */
  secondsMedianTrained: number;
  secondsMedianNew: number;
  /** sd of ln(seconds); 0.6 (assumption). */
  secondsSdLog: number;
}

const LABELS = ["normal", "benign", "malignant"] as const;
const COHORTS = ["trained", "new"] as const;

const DEFAULTS: AnnotationLogParams = Object.freeze({
  days: 180,
  startTime: DEFAULT_START_TIME,
  kappaStart: 0.85,
  kappaEnd: 0.72,
  classProbabilities: Object.freeze([0.6, 0.3, 0.1]),
  trainedAnnotators: 20,
  newAnnotators: 20,
  newShareEnd: 0.5,
  goldFraction: 0.05,
  secondsMedianTrained: 30,
  secondsMedianNew: 18,
  secondsSdLog: 0.6,
});

/**
 * Expected Cohen's κ between two annotators who are each right with probability a
 * (errors spread evenly over the other K − 1 classes), for true-class prevalences π:
 * p_o = a² + (1 − a)²/(K − 1); each annotator's label shares mₖ = πₖa + (1 − πₖ)(1 − a)/(K − 1);
 * p_e = Σₖ mₖ²; κ = (p_o − p_e)/(1 − p_e). With independent cohort draws per slot the
 * same formula holds for a mixed pool with a = the mean accuracy.
 *
 * @param accuracy - a in [0, 1]
 * @param prevalence - πₖ, summing to 1, K ≥ 2
 * @throws InvalidParameterError for a bad accuracy or prevalence
 * @example
 * ```ts
 * expectedKappa(0.9, [0.5, 0.5]); // 0.6400000000000001 (p_o = 0.82, p_e = 0.5)
 * ```
 */
export function expectedKappa(accuracy: number, prevalence: readonly number[]): number {
  const v = validatorFor("expectedKappa");
  const a = v.probability("accuracy", accuracy);
  checkProbabilities(v, "prevalence", prevalence);
  const K = prevalence.length;
  if (K < 2) v.fail("prevalence", prevalence, "at least 2 classes");
  const po = a * a + ((1 - a) * (1 - a)) / (K - 1);
  let pe = 0;
  for (const pi of prevalence) {
    const m = pi * a + ((1 - pi) * (1 - a)) / (K - 1);
    pe += m * m;
  }
  return (po - pe) / (1 - pe);
}

/** Accuracy a with expectedKappa(a) = κ, by bisection on [1/K, 1] where κ rises with a. */
function accuracyForKappa(kappa: number, prevalence: readonly number[]): number {
  let lo = 1 / prevalence.length;
  let hi = 1;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (expectedKappa(mid, prevalence) < kappa) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The cohort accuracies that give κ = kappaStart (all trained) and kappaEnd (at newShareEnd). */
function cohortAccuracies(p: AnnotationLogParams): { trained: number; fresh: number } {
  const trained = accuracyForKappa(p.kappaStart, p.classProbabilities);
  const meanEnd = accuracyForKappa(p.kappaEnd, p.classProbabilities);
  return { trained, fresh: (meanEnd - (1 - p.newShareEnd) * trained) / p.newShareEnd };
}

const COLUMNS: readonly ColumnSpec[] = Object.freeze([
  { name: "annotation_id", type: "int32", description: "Row index; rows 2j and 2j + 1 annotate item j.", wordsPerRow: 0 },
  { name: "item_id", type: "int32", description: "Item, ⌊row/2⌋.", wordsPerRow: 0 },
  { name: "annotator_id", type: "int32", description: "Annotator: trained ids 0 … T − 1, new ids T … T + N − 1; the two annotators of an item differ.", wordsPerRow: 2 },
  { name: "cohort", type: "dictionary", categories: COHORTS, description: "Annotator cohort; new with probability newShareEnd·t/T.", wordsPerRow: 2 },
  { name: "ts", type: "timestamp", unit: "ms", description: "Item time (stratified over the window) plus up to an hour per annotation.", wordsPerRow: 2 },
  { name: "label", type: "dictionary", categories: LABELS, description: "Label given: the true class with the cohort's accuracy, else another class uniformly.", wordsPerRow: 2 },
  { name: "true_label", type: "dictionary", categories: LABELS, description: "True class of the item (ground truth).", wordsPerRow: 0 },
  { name: "is_gold", type: "bool", description: "Item has a known answer.", wordsPerRow: 0 },
  { name: "gold_correct", type: "bool", nullable: true, description: "label = true_label on gold items; null elsewhere.", wordsPerRow: 0 },
  { name: "seconds_spent", type: "float64", unit: "s", description: "Time spent, lognormal by cohort.", wordsPerRow: 2 },
  { name: "self_confidence", type: "float64", description: "Self-reported confidence in [0, 1]: U^(1/4) trained, U^(1/2) new.", wordsPerRow: 2 },
] as ColumnSpec[]);

/**
 * An annotation log in which every item is labelled twice, by two distinct annotators.
 * The share of annotations by the new cohort grows linearly from 0 to newShareEnd; the
 * cohort accuracies are solved so that the expected pairwise κ ({@link expectedKappa})
 * is kappaStart at the start and kappaEnd at the end. Per-item draws (true class, gold
 * flag, time) come from block j of "annotation_log/item"; per-row draws from the column
 * streams, so partitions agree (a partition starting on an odd row also draws its first
 * row's partner to keep the two annotators distinct).
 *
 * @example
 * ```ts
 * const a = generateColumns(annotationLog, { rows: 200_000, seed: 4 });
 * // Cohen's κ over the first 10 % of items ≈ 0.85, over the last 10 % ≈ 0.72
 * ```
 */
export const annotationLog: Scenario<AnnotationLogParams> = Object.freeze({
  name: "annotation_log",
  title: "Annotation log (κ 0.85 → 0.72 as new annotators join)",
  source: "seed 004 L6129 (Eq 4.2, Cohen's κ), L6133 (0.85 → 0.72 over six months), L6570–L6578 (gold items, 1–10 % validation, annotator metrics)",
  defaults: DEFAULTS,
  columns: COLUMNS,
  streams: Object.freeze([
    ...COLUMNS.filter((c) => c.wordsPerRow > 0).map((c) => ({ name: `annotation_log/${c.name}`, words: c.wordsPerRow, per: "row" })),
    { name: "annotation_log/item", words: 4, per: "item" },
  ]),
  columnsFor: () => COLUMNS,
  resolve: (params?: Partial<AnnotationLogParams>) =>
    resolveParams("annotation_log", DEFAULTS, params, (p, v) => {
      v.positive("days", p.days);
      parseStartTime(v, "startTime", p.startTime);
      checkProbabilities(v, "classProbabilities", p.classProbabilities, LABELS.length);
      v.fraction("kappaStart", p.kappaStart);
      v.fraction("kappaEnd", p.kappaEnd);
      v.integer("trainedAnnotators", p.trainedAnnotators, 2);
      v.integer("newAnnotators", p.newAnnotators, 2);
      v.fraction("newShareEnd", p.newShareEnd);
      v.probability("goldFraction", p.goldFraction);
      v.positive("secondsMedianTrained", p.secondsMedianTrained);
      v.positive("secondsMedianNew", p.secondsMedianNew);
      v.positive("secondsSdLog", p.secondsSdLog);
      const { trained, fresh } = cohortAccuracies(p);
      if (!(fresh >= 0 && fresh <= 1) || trained > 1) {
        v.fail("kappaEnd", p.kappaEnd, `reachable with newShareEnd = ${p.newShareEnd} (the new cohort's accuracy would be ${fresh.toFixed(3)})`);
      }
    }),
  generate(seed: number, p: AnnotationLogParams, rowStart: number, rowCount: number, totalRows: number): Columns {
    const startMs = Date.parse(p.startTime);
    const end = rowStart + rowCount;
    const from = rowStart - (rowStart & 1); // start on an item's first annotation
    const m = end - from;
    const items = Math.ceil(totalRows / 2);
    const windowS = p.days * SECONDS_PER_DAY;
    const src = (c: string) => columnSource(seed, `annotation_log/${c}`, from, 2);
    const uCohort = uniform(src("cohort"), largeTypedArray(Float64Array, m));
    const uAnnotator = uniform(src("annotator_id"), largeTypedArray(Float64Array, m));
    const labelWords = src("label").fillUint32(largeTypedArray(Uint32Array, 2 * m));
    const uTs = uniform(src("ts"), largeTypedArray(Float64Array, m));
    const seconds = lognormal(src("seconds_spent"), largeTypedArray(Float64Array, m), { meanLog: 0, sdLog: p.secondsSdLog });
    const uConf = uniform(src("self_confidence"), largeTypedArray(Float64Array, m));
    const itemStream = new KeyedStream(seed, "annotation_log/item");
    const classCum = cumulative(p.classProbabilities);
    const K = LABELS.length;
    const acc = cohortAccuracies(p);
    const T = p.trainedAnnotators;
    const N = p.newAnnotators;
    const out = {
      id: largeTypedArray(Int32Array, rowCount), item: largeTypedArray(Int32Array, rowCount), annotator: largeTypedArray(Int32Array, rowCount),
      cohort: largeTypedArray(Int32Array, rowCount), ts: largeTypedArray(Float64Array, rowCount), label: largeTypedArray(Int32Array, rowCount),
      truth: largeTypedArray(Int32Array, rowCount), gold: largeTypedArray(Uint8Array, rowCount), goldCorrect: largeTypedArray(Uint8Array, rowCount),
      goldNull: largeTypedArray(Uint8Array, rowCount), seconds: largeTypedArray(Float64Array, rowCount), conf: largeTypedArray(Float64Array, rowCount),
    };
    let prevAnnotator = -1;
    let truth = 0, gold = 0, itemT = 0;
    for (let i = from; i < end; i++) {
      const j = i - from;
      const item = i >> 1;
      if ((i & 1) === 0) {
        const w = itemStream.block(item);
        truth = pick(classCum, uniform32(w[0]));
        gold = uniform32(w[1]) < p.goldFraction ? 1 : 0;
        itemT = ((item + uniform53(w[2], w[3])) / items) * windowS;
      }
      const share = (p.newShareEnd * itemT) / windowS;
      const cohort = uCohort[j] < share ? 1 : 0;
      const size = cohort ? N : T;
      let annotator = (cohort ? T : 0) + Math.floor(uAnnotator[j] * size);
      if ((i & 1) === 1 && annotator === prevAnnotator) annotator = (cohort ? T : 0) + ((annotator - (cohort ? T : 0) + 1) % size);
      prevAnnotator = annotator;
      const correct = uniform32(labelWords[2 * j]) < (cohort ? acc.fresh : acc.trained);
      let label = truth;
      if (!correct) {
        const other = Math.floor(uniform32(labelWords[2 * j + 1]) * (K - 1));
        label = other >= truth ? other + 1 : other;
      }
      if (i < rowStart) continue;
      const k = i - rowStart;
      out.id[k] = i;
      out.item[k] = item;
      out.annotator[k] = annotator;
      out.cohort[k] = cohort;
      out.ts[k] = Math.round(startMs + (itemT + uTs[j] * 3600) * 1000);
      out.label[k] = label;
      out.truth[k] = truth;
      out.gold[k] = gold;
      out.goldCorrect[k] = gold && label === truth ? 1 : 0;
      out.goldNull[k] = gold ? 0 : 1;
      out.seconds[k] = seconds[j] * (cohort ? p.secondsMedianNew : p.secondsMedianTrained);
      out.conf[k] = Math.pow(uConf[j], cohort ? 0.5 : 0.25);
    }
    return {
      annotation_id: { type: "int32", values: out.id },
      item_id: { type: "int32", values: out.item },
      annotator_id: { type: "int32", values: out.annotator },
      cohort: { type: "dictionary", values: out.cohort, dictionary: COHORTS },
      ts: { type: "timestamp", values: out.ts },
      label: { type: "dictionary", values: out.label, dictionary: LABELS },
      true_label: { type: "dictionary", values: out.truth, dictionary: LABELS },
      is_gold: { type: "bool", values: out.gold },
      gold_correct: { type: "bool", values: out.goldCorrect, nulls: out.goldNull },
      seconds_spent: { type: "float64", values: out.seconds },
      self_confidence: { type: "float64", values: out.conf },
    };
  },
});
