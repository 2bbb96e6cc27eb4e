import { annotationLog } from "./annotation-log";
import { clickstream } from "./clickstream";
import { creditApplications } from "./credit-applications";
import { driftingFeatures } from "./drifting-features";
import { fraudTransactions } from "./fraud-transactions";
import { Scenario } from "./scenario";
import { servingTrace } from "./serving-trace";
import { streamRecEmbeddings, streamRecInteractions } from "./streamrec";
import { voiceQueries } from "./voice-queries";

/**
 * Every scenario generator, by name, for notebooks and dataset manifests that pick a
 * scenario from a string.
 *
 * @example
 * ```ts
 * Object.keys(SCENARIOS);
 * // [ "clickstream", "streamrec_embeddings", "streamrec_interactions", "credit_applications",
 * //   "voice_queries", "serving_trace", "drifting_features", "fraud_transactions", "annotation_log" ]
 * ```
 */
export const SCENARIOS: Readonly<Record<string, Scenario<any>>> = Object.freeze({
  clickstream,
  streamrec_embeddings: streamRecEmbeddings,
  streamrec_interactions: streamRecInteractions,
  credit_applications: creditApplications,
  voice_queries: voiceQueries,
  serving_trace: servingTrace,
  drifting_features: driftingFeatures,
  fraud_transactions: fraudTransactions,
  annotation_log: annotationLog,
});
