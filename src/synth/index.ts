export type { ColumnType, ColumnSpec, Column, Columns, ParamValue, Scenario, StreamSpec } from "./scenario";
export { SCENARIOS } from "./scenarios";
export { clickstream, SESSION_BLOCK } from "./clickstream";
export type { ClickstreamParams } from "./clickstream";
export { streamRecEmbeddings, streamRecInteractions } from "./streamrec";
export type { StreamRecEmbeddingsParams, StreamRecInteractionsParams } from "./streamrec";
export { creditApplications, creditFairnessTruth, CREDIT_GROUPS, EMPLOYMENT_STATUSES, ZIP_REGIONS } from "./credit-applications";
export type { CreditApplicationsParams, CreditModel } from "./credit-applications";
export { voiceQueries } from "./voice-queries";
export type { VoiceQueriesParams } from "./voice-queries";
export { servingTrace } from "./serving-trace";
export type { ServingTraceParams } from "./serving-trace";
export { driftingFeatures, LABEL_SHIFT_MAX_ATTEMPTS } from "./drifting-features";
export type { DriftingFeaturesParams, DriftMode, LogisticCoefficients } from "./drifting-features";
export { fraudTransactions, countryCodes } from "./fraud-transactions";
export type { FraudTransactionsParams } from "./fraud-transactions";
export { annotationLog, expectedKappa } from "./annotation-log";
export type { AnnotationLogParams } from "./annotation-log";
export { CLICKSTREAM_WINDOWS, DEFAULT_START_TIME, SECONDS_PER_DAY } from "./time-window";
export { ARRIVAL_BLOCK } from "./poisson-prefix";
export { generateColumns, MAX_ROWS } from "./generate-columns";
export type { GenerateColumnsOptions, GeneratedColumns } from "./generate-columns";
export { generateTable, arrowSchema, groundTruthOf, SYNTH_METADATA_KEYS } from "./generate-table";
export type { GenerateTableOptions } from "./generate-table";
export { injectDrift } from "./inject-drift";
export type { InjectableData, InjectedData } from "./inject-drift";
export type {
  RowSelector, InjectionSpec, GroundTruth, CovariateShiftSpec, LabelShiftSpec, ConceptDriftSpec,
  NullBurstSpec, DuplicatesSpec, ZipToIntegerSpec, DateFormatSpec, OutOfRangeSpec,
} from "./injection-types";
export { manifestPathOf, readManifest, MANIFEST_SUFFIX } from "./manifest";
export type { DatasetManifest, ManifestField } from "./manifest";
export * from "./writers";
export { generateColumnsParallel } from "./generate-columns-parallel";
export type { GenerateColumnsParallelOptions } from "./generate-columns-parallel";
