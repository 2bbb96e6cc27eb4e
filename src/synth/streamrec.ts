/**
 * StreamRec, the content recommender of seed 000 (L32: pick 20 of 200,000 items in
 * ~100 ms with 256-d embeddings at 10,000 req/s; L141–L142: 5,000,000 users × 200,000
 * items; L1066–L1076: Zipf s = 1.2 popularity; L1296–L1304: ratings N(3.5, 1) clipped
 * to [1, 5]). The catalog (seeds-000-003 §4.1) asks for clustered embeddings because
 * isotropic random vectors give ANN indexes no neighbourhood structure.
 */
import { normal } from "../random/normal";
import { uniform } from "../random/uniform";
import { zipf, ZIPF_WORDS } from "../random/zipf";
import { columnSource } from "./keyed-stream";
import { resolveParams } from "./resolve-params";
import { ColumnSpec, Columns, Scenario } from "./scenario";
import { DEFAULT_START_TIME, diurnalWindow, parseStartTime } from "./time-window";
import { stratifiedTimes } from "./draw-helpers";
import { largeTypedArray } from "../util/large-array";

/** Parameters of {@link streamRecEmbeddings}. */
export interface StreamRecEmbeddingsParams {
  /** Whose embeddings: "item" (rows = catalog items) or "user". Streams are separate per entity. */
  entity: "item" | "user";
  /** Embedding dimension; 256 (seed 000 L32). */
  dim: number;
  /** Number of clusters; row i belongs to cluster i mod clusters; 100 (assumption). */
  clusters: number;
  /** Noise norm relative to the unit cluster centre (cos(vector, centre) ≈ 1/√(1 + spread²)); 0.5 (assumption). */
  clusterSpread: number;
  /** Scale every vector to unit length; true. */
  normalize: boolean;
}

const EMB_DEFAULTS: StreamRecEmbeddingsParams = Object.freeze({ entity: "item", dim: 256, clusters: 100, clusterSpread: 0.5, normalize: true });

const embColumns = (p: StreamRecEmbeddingsParams): readonly ColumnSpec[] => Object.freeze([
  { name: `${p.entity}_id`, type: "int32", description: "Row index.", wordsPerRow: 0 },
  { name: "cluster", type: "int32", description: "Cluster, id mod clusters.", wordsPerRow: 0 },
  { name: "embedding", type: "embedding", description: `${p.dim}-d float32 vector: unit centre + spread·N(0, I/dim), optionally normalised.`, wordsPerRow: 2 * p.dim },
] as ColumnSpec[]);

/**
 * Clustered embeddings for StreamRec items or users. Cluster c's centre is a standard
 * normal vector (words [2·dim·c, 2·dim·(c + 1)) of "streamrec_embeddings/<entity>/center")
 * scaled to unit length; row i is centre(i mod clusters) + clusterSpread·z/√dim with z
 * standard normal (2·dim words per row of ".../embedding"), normalised to unit length
 * when `normalize`. Rows with the same cluster are near neighbours; the interactions
 * scenario uses the same i mod clusters assignment.
 *
 * @example
 * ```ts
 * const e = generateColumns(streamRecEmbeddings, { rows: 200_000, seed: 1 }); // the 200,000 × 256 catalog
 * e.columns.embedding.values.length; // 51200000
 * ```
 */
export const streamRecEmbeddings: Scenario<StreamRecEmbeddingsParams> = Object.freeze({
  name: "streamrec_embeddings",
  title: "StreamRec clustered embeddings (200,000 items × 256-d)",
  source: "seed 000 L32 (200,000 items, 256-d), L141–L142 (5,000,000 users); catalog seeds-000-003 §4.1 (clustered variant)",
  defaults: EMB_DEFAULTS,
  columns: embColumns(EMB_DEFAULTS),
  streams: Object.freeze([
    { name: "streamrec_embeddings/<entity>/center", words: 512, per: "cluster (2·dim)" },
    { name: "streamrec_embeddings/<entity>/embedding", words: 512, per: "row (2·dim)" },
  ]),
  columnsFor: embColumns,
  resolve: (params?: Partial<StreamRecEmbeddingsParams>) =>
    resolveParams("streamrec_embeddings", EMB_DEFAULTS, params, (p, v) => {
      v.oneOf("entity", p.entity, ["item", "user"] as const);
      v.integer("dim", p.dim, 1);
      if (p.dim > 65536) v.fail("dim", p.dim, "an integer in [1, 65536]");
      v.integer("clusters", p.clusters, 1);
      v.nonNegative("clusterSpread", p.clusterSpread);
      if (typeof p.normalize !== "boolean") v.fail("normalize", p.normalize, "true or false");
    }),
  generate(seed: number, p: StreamRecEmbeddingsParams, rowStart: number, rowCount: number): Columns {
    const dim = p.dim;
    const prefix = `streamrec_embeddings/${p.entity}`;
    const used = Math.min(p.clusters, rowStart + rowCount);
    const centers = normal(columnSource(seed, `${prefix}/center`, 0, 2 * dim), new Float64Array(used * dim));
    for (let c = 0; c < used; c++) {
      let s = 0;
      for (let d = 0; d < dim; d++) s += centers[c * dim + d] ** 2;
      const inv = 1 / Math.sqrt(s);
      for (let d = 0; d < dim; d++) centers[c * dim + d] *= inv;
    }
    const z = normal(columnSource(seed, `${prefix}/embedding`, rowStart, 2 * dim), largeTypedArray(Float64Array, rowCount * dim));
    const out = largeTypedArray(Float32Array, rowCount * dim);
    const id = largeTypedArray(Int32Array, rowCount);
    const cluster = largeTypedArray(Int32Array, rowCount);
    const noise = p.clusterSpread / Math.sqrt(dim);
    for (let k = 0; k < rowCount; k++) {
      const i = rowStart + k;
      const c = i % p.clusters;
      id[k] = i;
      cluster[k] = c;
      let s = 0;
      for (let d = 0; d < dim; d++) {
        const x = centers[c * dim + d] + noise * z[k * dim + d];
        z[k * dim + d] = x;
        s += x * x;
      }
      const scale = p.normalize && s > 0 ? 1 / Math.sqrt(s) : 1;
      for (let d = 0; d < dim; d++) out[k * dim + d] = z[k * dim + d] * scale;
    }
    return {
      [`${p.entity}_id`]: { type: "int32", values: id },
      cluster: { type: "int32", values: cluster },
      embedding: { type: "embedding", values: out, size: dim },
    };
  },
});

/** Parameters of {@link streamRecInteractions}. */
export interface StreamRecInteractionsParams {
  /** Users (ids 0 … users − 1, uniform); 5,000,000 (seed 000 L141). */
  users: number;
  /** Items; 200,000 (seed 000 L32). */
  items: number;
  /** Clusters shared with {@link streamRecEmbeddings} (id mod clusters); 100. */
  clusters: number;
  /** Probability an interaction is with an item of the user's own cluster; 0.8 (assumption). */
  affinity: number;
  /** Zipf exponent of popularity (globally and within a cluster); 1.2 (seed 000 L1066–L1076). */
  zipfExponent: number;
  /** Rating mean and sd before clipping to [1, 5]; 3.5 and 1.0 (seed 000 L1296–L1304). */
  ratingMean: number;
  ratingSd: number;
  /** Rating bonus for in-cluster items; 0.5 (assumption: gives the planted structure a signal). */
  inClusterRatingLift: number;
  /** Window in s; 604,800 (7 days). */
  windowSeconds: number;
  startTime: string;
  /** Diurnal peak / mean and peak hour (UTC); 2 and 20 (assumption). */
  peakToAverage: number;
  peakHour: number;
}

const INT_DEFAULTS: StreamRecInteractionsParams = Object.freeze({
  users: 5_000_000, items: 200_000, clusters: 100, affinity: 0.8, zipfExponent: 1.2,
  ratingMean: 3.5, ratingSd: 1, inClusterRatingLift: 0.5,
  windowSeconds: 604800, startTime: DEFAULT_START_TIME, peakToAverage: 2, peakHour: 20,
});

const INT_COLUMNS: readonly ColumnSpec[] = Object.freeze([
  { name: "user_id", type: "int32", description: "User, uniform; its cluster is user_id mod clusters.", wordsPerRow: 2 },
  { name: "item_id", type: "int32", description: "Item: with probability affinity the Zipf-ranked k-th item of the user's cluster, (k − 1)·clusters + c; else the global Zipf rank − 1.", wordsPerRow: 2 * ZIPF_WORDS + 2 },
  { name: "in_cluster", type: "bool", description: "The item came from the user's cluster.", wordsPerRow: 0 },
  { name: "rating", type: "float32", description: "clip(N(ratingMean + lift·in_cluster, ratingSd²), 1, 5).", wordsPerRow: 2 },
  { name: "ts", type: "timestamp", unit: "ms", description: "Time, stratified over the window with a diurnal rate.", wordsPerRow: 2 },
] as ColumnSpec[]);

/**
 * User–item interactions with planted cluster structure that matches
 * {@link streamRecEmbeddings}: user u belongs to cluster u mod C, item i to i mod C.
 * Streams: "streamrec_interactions/user_id" (2 words), ".../affinity" (1),
 * ".../item_global" and ".../item_in_cluster" (4 each, Zipf), ".../rating" (2), ".../ts" (2).
 *
 * @example
 * ```ts
 * const r = generateColumns(streamRecInteractions, { rows: 200_000, seed: 1, params: { users: 10_000, items: 5_000 } });
 * // the milestone MF data set of seed 000 L1296: 10,000 users, 5,000 items, 200,000 interactions
 * ```
 */
export const streamRecInteractions: Scenario<StreamRecInteractionsParams> = Object.freeze({
  name: "streamrec_interactions",
  title: "StreamRec user–item interactions (clustered, Zipf popularity)",
  source: "seed 000 L32, L141–L142, L1066–L1076 (Zipf 1.2), L1296–L1304 (ratings N(3.5, 1) clipped to [1, 5])",
  defaults: INT_DEFAULTS,
  columns: INT_COLUMNS,
  streams: Object.freeze([
    { name: "streamrec_interactions/user_id", words: 2, per: "row" },
    { name: "streamrec_interactions/affinity", words: 2, per: "row" },
    { name: "streamrec_interactions/item_global", words: ZIPF_WORDS, per: "row" },
    { name: "streamrec_interactions/item_in_cluster", words: ZIPF_WORDS, per: "row" },
    { name: "streamrec_interactions/rating", words: 2, per: "row" },
    { name: "streamrec_interactions/ts", words: 2, per: "row" },
  ]),
  columnsFor: () => INT_COLUMNS,
  resolve: (params?: Partial<StreamRecInteractionsParams>) =>
    resolveParams("streamrec_interactions", INT_DEFAULTS, params, (p, v) => {
      for (const k of ["users", "items", "clusters"] as const) {
        v.integer(k, p[k], 1);
        if (p[k] > 2147483647) v.fail(k, p[k], "an integer in [1, 2^31)");
      }
      if (p.clusters > p.items) v.fail("clusters", p.clusters, `an integer in [1, items = ${p.items}]`);
      v.probability("affinity", p.affinity);
      v.nonNegative("zipfExponent", p.zipfExponent);
      v.finite("ratingMean", p.ratingMean);
      v.positive("ratingSd", p.ratingSd);
      v.finite("inClusterRatingLift", p.inClusterRatingLift);
      v.positive("windowSeconds", p.windowSeconds);
      parseStartTime(v, "startTime", p.startTime);
      v.atLeast("peakToAverage", p.peakToAverage, 1);
      if (p.peakToAverage > 50) v.fail("peakToAverage", p.peakToAverage, "a finite number in [1, 50]");
      v.finite("peakHour", p.peakHour);
    }),
  generate(seed: number, p: StreamRecInteractionsParams, rowStart: number, rowCount: number, totalRows: number): Columns {
    const startMs = Date.parse(p.startTime);
    const src = (c: string, w = 2) => columnSource(seed, `streamrec_interactions/${c}`, rowStart, w);
    const uUser = uniform(src("user_id"), largeTypedArray(Float64Array, rowCount));
    const uAff = uniform(src("affinity"), largeTypedArray(Float64Array, rowCount));
    const global = zipf(src("item_global", ZIPF_WORDS), largeTypedArray(Int32Array, rowCount), { n: p.items, s: p.zipfExponent });
    const perCluster = Math.floor(p.items / p.clusters);
    const local = zipf(src("item_in_cluster", ZIPF_WORDS), largeTypedArray(Int32Array, rowCount), { n: perCluster, s: p.zipfExponent });
    const rating = normal(src("rating"), largeTypedArray(Float64Array, rowCount));
    const t = stratifiedTimes(seed, "streamrec_interactions/ts", diurnalWindow(startMs, p.windowSeconds, p.peakToAverage, p.peakHour), rowStart, rowCount, totalRows);
    const user = largeTypedArray(Int32Array, rowCount);
    const item = largeTypedArray(Int32Array, rowCount);
    const inCluster = largeTypedArray(Uint8Array, rowCount);
    const r32 = largeTypedArray(Float32Array, rowCount);
    for (let k = 0; k < rowCount; k++) {
      const u = Math.floor(uUser[k] * p.users);
      user[k] = u;
      const own = uAff[k] < p.affinity;
      inCluster[k] = own ? 1 : 0;
      item[k] = own ? (local[k] - 1) * p.clusters + (u % p.clusters) : global[k] - 1;
      if (!own && item[k] % p.clusters === u % p.clusters) inCluster[k] = 1;
      r32[k] = Math.min(5, Math.max(1, p.ratingMean + (inCluster[k] ? p.inClusterRatingLift : 0) + p.ratingSd * rating[k]));
      t[k] = Math.round(startMs + t[k] * 1000);
    }
    return {
      user_id: { type: "int32", values: user },
      item_id: { type: "int32", values: item },
      in_cluster: { type: "bool", values: inCluster },
      rating: { type: "float32", values: r32 },
      ts: { type: "timestamp", values: t },
    };
  },
});
