// Drift statistics: scipy.stats-shaped tests and distances over typed arrays.
// Re-exports only.

// Input policy and shared types
export type { Sample, NanPolicy } from "./sample";
export type { Category } from "./categories";
export type { DivergenceOptions } from "./distribution";

// Kolmogorov–Smirnov
export { ks2samp } from "./ks-2samp";
export type { Alternative, Ks2sampOptions, Ks2sampResult } from "./ks-2samp";
export { ksCritical } from "./ks-critical";
export { kstest } from "./kstest";
export type { KstestDistribution, KstestOptions, KstestResult } from "./kstest";

// Population Stability Index
export { psi } from "./psi";
export type { PsiBins, PsiOptions, PsiResult } from "./psi";
export { psiFromProportions, PSI_DEFAULT_EPSILON } from "./psi-from-proportions";
export type { PsiFromProportionsOptions, PsiFromProportionsResult } from "./psi-from-proportions";
export { psiBand } from "./psi-band";
export type { PsiBand } from "./psi-band";

// Categorical
export { chiSquareTest } from "./chi-square-test";
export type { ChiSquareTestOptions, ChiSquareTestResult } from "./chi-square-test";

// Divergences and distances
export { klDivergence } from "./kl-divergence";
export { jsDivergence } from "./js-divergence";
export { jensenShannonDistance } from "./jensen-shannon-distance";
export { hellinger } from "./hellinger";
export { wassersteinDistance } from "./wasserstein-distance";
export type { CdfDistanceOptions } from "./wasserstein-distance";
export { energyDistance } from "./energy-distance";

// Label quality
export { cohenKappa } from "./cohen-kappa";
export type { CohenKappaOptions, KappaWeights } from "./cohen-kappa";
export { fleissKappa } from "./fleiss-kappa";
export type { FleissKappaOptions } from "./fleiss-kappa";

// Accuracy-drop tests and monitoring sample sizes
export { twoProportionZTest } from "./two-proportion-z-test";
export type { TwoProportionZTestOptions, TwoProportionZTestResult } from "./two-proportion-z-test";
export { mcnemarTest } from "./mcnemar-test";
export type { McNemarTable, McNemarCorrectness, McNemarPredictions, McNemarTestOptions, McNemarTestResult } from "./mcnemar-test";
export { sampleSizeForAccuracyDrop } from "./sample-size-for-accuracy-drop";
export type { AccuracyDropDesign, SampleSizeForAccuracyDropOptions, SampleSizeForAccuracyDropResult } from "./sample-size-for-accuracy-drop";
export { timeToDetectAccuracyDrop } from "./time-to-detect-accuracy-drop";
export type { TimeToDetectAccuracyDropOptions, TimeToDetectAccuracyDropResult } from "./time-to-detect-accuracy-drop";

// Multivariate two-sample test
export { mmd } from "./mmd";
export type { MmdOptions, MmdResult, MmdSample } from "./mmd";

// Streaming change detectors (river's algorithms and defaults)
export { detectChanges } from "./drift-detector";
export type { DriftDetector, DriftSignal } from "./drift-detector";
export { ADWIN } from "./adwin";
export type { AdwinOptions } from "./adwin";
export { PageHinkley } from "./page-hinkley";
export type { PageHinkleyOptions } from "./page-hinkley";
export { DDM } from "./ddm";
export type { DdmOptions } from "./ddm";
export { CUSUM } from "./cusum";
export type { CusumOptions } from "./cusum";

// Special functions (scipy.special / scipy.stats equivalents)
export { chi2Sf } from "./special/chi2";
export { kstwoSf, kstwoCdf } from "./special/kstwo";
export { smirnovSf } from "./special/smirnov";
export { kolmogorovSf } from "./special/kolmogorov";
export { normalPpf } from "./special/normal-ppf";
// normalCdf, logGamma and the incomplete gamma functions stay internal (src/drift/special)
// to avoid clashing with src/random names.

// Drift report over tables (Arrow, records, danfo-like frames, column maps)
export { driftReport } from "./drift-report";
export type { DriftReport, DriftReportOptions, DriftColumnReport } from "./drift-report";
export { rollingDriftReport, MAX_DRIFT_WINDOWS } from "./drift-report-rolling";
export type { RollingDriftReport, RollingDriftReportOptions, DriftWindow, DriftWindowReport, PsiSeriesPoint } from "./drift-report-rolling";
export type { DriftDistribution } from "./drift-column";
export { selectDriftTest, DRIFT_TESTS, DRIFT_POLICY_SMALL_SAMPLE, DRIFT_POLICY_MAX_DISCRETE } from "./drift-test-policy";
export type { DriftTestName, DriftTestInfo, DriftTestPolicyInput } from "./drift-test-policy";
export { adjustPValues } from "./p-value-correction";
export type { PValueCorrection } from "./p-value-correction";
export { toDriftFrame } from "./drift-frame";
export type {
  DriftTableInput, DriftFrame, DriftColumnData, DriftColumnKind, NumericColumnData, CategoricalColumnData,
  DanfoLikeFrame, ArrowTableLike, ColumnLike,
} from "./drift-frame";

// A/B testing (Eq. 14.9)
export { abTestSampleSize } from "./ab-test-sample-size";
export type { AbTestSampleSizeOptions, AbTestSampleSizeResult } from "./ab-test-sample-size";
