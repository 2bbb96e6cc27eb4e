// Source of notebooks/10-model-compression.ipynb.
// Rebuild the notebook (cells + fresh outputs) with:
//   npx tsc -p tsconfig.build.json && node scripts/make-notebook.js 10-model-compression

// %% [markdown]
// # Chapter 10 · Model compression, on real arrays
//
// Compression changes what a model stores and moves: fewer bits per weight
// (**quantization**), fewer weights (**pruning**), fewer parameters per matrix
// (**low-rank factorisation**), or a smaller model altogether (**distillation**). The
// chapter's point is that each is a trade between size, speed and accuracy, and that the
// speed only appears when hardware can use it.
//
// Here every technique runs on an actual weight matrix held in a `Float32Array`: the
// errors, sizes and Pareto front below are measured on it, not assumed. The quantizers,
// pruners and the SVD are checked against NumPy in the library's tests.

// %%
import {
  q, show, markdown, formatNumber, philox, normal, lognormal, uniform,
  quantize, quantizationParams, roundToFloatFormat, magnitudePrune, structuredPrune, nmPrune, sparseStorage,
  lowRankFactorize, lowRankParameters, compressedModelCost, distillationEconomics, temperedSoftmax,
  quantizationSpeedup, compressionSpeedup, pruningSpeedup,
  quantizationErrorChart, pruningErrorChart, lowRankErrorChart, compressionParetoChart, decodeSpeedChart, lineChart,
  chapterExamples, type CompressionPoint,
} from "mlsys-lab";

// %% [markdown]
// ## Parameters
//
// A weight matrix like a linear layer's: `rows` output channels of `cols` inputs, Gaussian
// weights whose scale differs from channel to channel (a lognormal factor), and a few large
// outliers, the feature of real layers that makes per-tensor quantization hard. All of it
// from one seed.

// %%
const seed = 10;
const rows = 64;                 // output channels
const cols = 256;                // inputs per channel
const channelScaleSpread = 0.6;  // sd of the log of the per-channel scale
const outlierShare = 0.002;      // share of weights multiplied by `outlierFactor`
const outlierFactor = 10;
const rank = 16;                 // rank of the low-rank factorisation
const llm = { params: q(7, "Bparam"), bandwidth: q(50, "GB/s") };   // the chapter's 7B model on a 50 GB/s device

// %%
const shape: [number, number] = [rows, cols];
const noise = normal(philox(seed, { stream: 1 }), new Float64Array(rows * cols), { sd: 0.05 });
const channelScale = lognormal(philox(seed, { stream: 2 }), new Float64Array(rows), { meanLog: 0, sdLog: channelScaleSpread });
const outlierDraw = uniform(philox(seed, { stream: 3 }), new Float64Array(rows * cols));
const weights = new Float32Array(rows * cols);
for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
  const k = r * cols + c;
  weights[k] = noise[k] * channelScale[r] * (outlierDraw[k] < outlierShare ? outlierFactor : 1);
}
markdown(`${rows} × ${cols} = **${formatNumber(weights.length)}** FP32 weights (${q(weights.length * 4, "B").format()}).`);

// %% [markdown]
// ## 1. Quantization: how many bits does a weight need?
//
// `quantize` maps each weight to a b-bit integer and back. **Symmetric** uses
// s = max|w| / (2^(b−1) − 1) and keeps zero at code 0; **affine** maps [min, max] to
// [0, 2^b − 1] with a zero-point (Eqs. 10.1–10.3). **Per channel** gives each output row its
// own scale; **percentile** calibration clips the rare outliers instead of stretching the
// step for them. Every row of this table is measured on the matrix above.

// %%
const configs = [
  { name: "INT8 symmetric, per tensor", bits: 8 },
  { name: "INT8 symmetric, per channel", bits: 8, granularity: "channel" as const },
  { name: "INT8 affine, per tensor", bits: 8, scheme: "affine" as const },
  { name: "INT4 symmetric, per tensor", bits: 4 },
  { name: "INT4 symmetric, per channel", bits: 4, granularity: "channel" as const },
  { name: "INT4 per channel, 99.9th percentile", bits: 4, granularity: "channel" as const, calibration: "percentile" as const, percentile: 99.9 },
];
const quantized = configs.map((c) => {
  const { name, ...options } = c;
  return { name: name, bits: c.bits, result: quantize({ values: weights, shape: shape, ...options }) };
});
show(quantized.map(({ name, result }) => ({
  quantizer: name, "SQNR (dB)": formatNumber(result.error.sqnrDb ?? 0), "relative error": formatNumber(result.error.relativeError ?? 0),
  "max |error|": formatNumber(result.error.maxAbsError), clipped: result.clipped, "bits per weight (with scales)": formatNumber(result.storageBits / weights.length),
})), { title: "Quantizing the same weights" });

// %% [markdown]
// Each bit adds about 6 dB of SQNR, so INT8 is some 20–25 dB better than INT4 here, an
// error power 100–300× smaller. Per-channel scales help most when channels differ in scale, as here. FP16 and
// BF16, drawn as rules, are roundings rather than integer codes: FP16 keeps 10 mantissa bits,
// BF16 only 7 (but FP32's range).

// %%
show(quantizationErrorChart({ values: weights, shape: shape }));

// %%
const fp16 = roundToFloatFormat({ values: weights, format: "fp16" });
const bf16 = roundToFloatFormat({ values: weights, format: "bf16" });
markdown(`FP16: SQNR **${formatNumber(fp16.error.sqnrDb ?? 0)} dB**, ${fp16.saturated} values saturated; BF16: **${formatNumber(bf16.error.sqnrDb ?? 0)} dB**.`);

// %% [markdown]
// The chapter's own small examples, recomputed: its four-weight listing, the affine range
// [−1, 3], and the weight it maps to −183, outside INT8.

// %%
const listing = quantize({ values: Float32Array.from([0.127, -0.084, 0.392, -0.203]), bits: 8 });
const affine = quantizationParams({ min: -1, max: 3, bits: 8 });
const clipped = quantize({ values: Float32Array.from([0.215, -1.432, 0.902]), bits: 8, scale: 0.902 / 115 });
markdown([
  `- listing: codes **[${Array.from(listing.codes).join(", ")}]**, scale ${formatNumber(listing.scales[0], 5)}, mean |error| **${formatNumber(listing.error.meanAbsError, 3)}**;`,
  `- affine [−1, 3] in 8 bits: s = 4/255 = **${formatNumber(affine.scale, 3)}**, z = round(${formatNumber(affine.zeroPointExact, 4)}) = **${affine.zeroPoint}**;`,
  `- [0.215, −1.432, 0.902] at the book's implied scale: codes **[${Array.from(clipped.codes).join(", ")}]**: the −183 the book prints does not exist in INT8 and is clamped.`,
].join("\n"));

// %% [markdown]
// ## 2. Pruning: which weights can go?
//
// **Magnitude** pruning zeroes the smallest |w| anywhere; **structured** pruning removes whole
// output rows (smallest L1 norm), which leaves a smaller dense matrix; **2:4** keeps the two
// largest of every four, the pattern NVIDIA's sparse tensor cores run at up to 2×.

// %%
const pruned = [
  { method: "magnitude 50 %", r: magnitudePrune({ values: weights, sparsity: 0.5 }) },
  { method: "magnitude 90 %", r: magnitudePrune({ values: weights, sparsity: 0.9 }) },
  { method: "2:4", r: nmPrune({ values: weights, shape: shape }) },
  { method: "rows 50 %", r: structuredPrune({ values: weights, shape: shape, sparsity: 0.5 }) },
];
show(pruned.map(({ method, r }) => {
  const storage = sparseStorage({ rows: rows, cols: cols, nonZeros: r.kept });
  return { pruning: method, "weights kept": formatNumber(r.kept), "relative error": formatNumber(r.error.relativeError ?? 0),
    dense: storage.dense, CSR: storage.csr, bitmask: storage.bitmask, smallest: storage.smallest };
}), { title: "Pruning the same weights, and what storing them costs (FP32 values, 32-bit indices)" });

// %% [markdown]
// At 50 % unstructured sparsity CSR is *larger* than dense: every kept FP32 value carries a
// 32-bit column index. A bitmask does better, and only very high sparsity pays off in
// storage. In error, 2:4 sits between the two: it still chooses the smallest weights, but
// only within groups of four, while whole-row pruning must throw away strong weights that
// happen to sit in weak rows. The structured patterns buy speed (dense or 2:4 kernels), not accuracy.

// %%
show(pruningErrorChart({ values: weights, shape: shape }));

// %% [markdown]
// ## 3. Low-rank factorisation: parameters against reconstruction error
//
// A rank-k factorisation stores k(m + n) values instead of mn. It only works when the
// matrix's energy sits in a few singular values. Random weights like those above have a
// flat spectrum, so we also build a matrix with structure: rank 12 plus a little noise,
// like the low effective rank the chapter describes for trained layers.

// %%
const left = normal(philox(seed, { stream: 4 }), new Float64Array(rows * 12));
const right = normal(philox(seed, { stream: 5 }), new Float64Array(12 * cols));
const jitter = normal(philox(seed, { stream: 6 }), new Float64Array(rows * cols), { sd: 0.3 });
const structured = new Float32Array(rows * cols);
for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
  let s = jitter[r * cols + c];
  for (let t = 0; t < 12; t++) s += left[r * 12 + t] * right[t * cols + c];
  structured[r * cols + c] = s / Math.sqrt(12);
}
const factors = [
  { matrix: "Gaussian weights", r: lowRankFactorize({ values: weights, shape: shape, rank: rank }) },
  { matrix: "rank 12 + noise", r: lowRankFactorize({ values: structured, shape: shape, rank: rank }) },
];
show(factors.map(({ matrix, r }) => ({
  matrix: matrix, rank: rank, "parameters kept": `${formatNumber(r.parameters.factoredParameters)} of ${formatNumber(r.parameters.denseParameters)}`,
  compression: `${formatNumber(r.parameters.compression)}×`, "energy kept (%)": formatNumber(100 * r.energyRetained), "relative error": formatNumber(r.error.relativeError ?? 0),
})), { title: `Rank-${rank} factorisations, by SVD` });

// %%
show(lowRankErrorChart({ values: structured, shape: shape, title: "Low-rank factorisation of a structured matrix: error against compression" }));

// %% [markdown]
// The chapter's napkin math for a 4096 × 4096 FP32 matrix at rank 128:

// %%
const napkin = lowRankParameters({ rows: 4096, cols: 4096, rank: 128 });
markdown(`${napkin.denseBytes.to("MiB")} MiB → **${napkin.factoredBytes.to("MiB")} MiB** (${napkin.compression}×), and ${formatNumber(napkin.denseFlopsPerVector)} → ${formatNumber(napkin.factoredFlopsPerVector)} FLOPs per matrix-vector product: fewer, not "slightly more" as the book says, as long as k < mn/(m + n) = ${napkin.breakEvenRank + 1}.`);

// %% [markdown]
// ## 4. The Pareto front: size against error
//
// Every configuration above is a point: bits stored per weight (index overhead and scales
// included) against relative error. The front is the set no other configuration beats on
// both; pruning and quantization combine (prune, then quantize what is left).

// %%
const bitsPerWeight = (bytes: number) => (8 * bytes) / weights.length;
const sparseThenQuantized = (sparsity: number, bits: number): CompressionPoint => {
  const p = magnitudePrune({ values: weights, sparsity: sparsity });
  const qz = quantize({ values: p.pruned, bits: bits, shape: shape, granularity: "channel" });
  const kept = new Float32Array(weights.length);
  qz.dequantized.forEach((v, k) => { kept[k] = p.mask[k] ? v : 0; });
  const size = sparseStorage({ rows: rows, cols: cols, nonZeros: p.kept, valueBits: bits }).bitmask.to("B") + qz.scales.length * 4;
  let se = 0;
  let signal = 0;
  weights.forEach((w, k) => { se += (w - kept[k]) ** 2; signal += w * w; });
  return { name: `${formatNumber(100 * sparsity)} % + INT${bits}`, size: bitsPerWeight(size), error: Math.sqrt(se / signal) };
};
const paretoPoints: CompressionPoint[] = [
  { name: "FP16", size: 16, error: fp16.error.relativeError ?? 1e-9 },
  { name: "BF16", size: 16, error: bf16.error.relativeError ?? 1e-9 },
  ...quantized.map((c) => ({ name: c.name.replace(" symmetric", "").replace("99.9th percentile", "p99.9"), size: c.result.storageBits / weights.length, error: c.result.error.relativeError ?? 1e-9 })),
  ...pruned.slice(0, 2).map(({ method, r }) => ({ name: method, size: bitsPerWeight(sparseStorage({ rows: rows, cols: cols, nonZeros: r.kept }).bitmask.to("B")), error: r.error.relativeError ?? 1e-9 })),
  sparseThenQuantized(0.5, 8), sparseThenQuantized(0.5, 4), sparseThenQuantized(0.9, 8),
];
show(compressionParetoChart({ points: paretoPoints, sizeTitle: "Bits stored per original weight", errorTitle: "Relative error (log scale)" }));

// %% [markdown]
// Note what is *not* here: speed. The front is measured in bits and error; whether fewer
// bits become fewer milliseconds depends on the hardware (section 6).
//
// ## 5. What compression buys a deployed LLM
//
// Decoding is bandwidth-bound: each token streams every weight once, so tokens/s =
// bandwidth / bytes. The chapter's 7B model on a 16 GB device with 50 GB/s:

// %%
show((["fp16", "int8", "int4"] as const).map((precision) => {
  const r = compressedModelCost({ params: llm.params, precision: precision, memoryBandwidth: llm.bandwidth, extraMemory: q(1, "GB") });
  return { weights: precision, size: r.weightBytes, "with 1 GB KV cache": r.totalBytes, "time per token": r.timePerToken, "tokens/s": formatNumber(r.tokensPerSecond ?? 0) };
}), { title: "7B parameters at 50 GB/s" });
show(decodeSpeedChart({ params: llm.params, memoryBandwidth: llm.bandwidth }));

// %% [markdown]
// AWQ keeps about 1 % of the weights in FP16 and the rest in 4 bits; distillation trades a
// training budget for a smaller model. The chapter's DistilBERT, and how the temperature
// softens a teacher's targets:

// %%
const awq = compressedModelCost({ params: llm.params, precision: "int4", outlierFraction: 0.01 });
const distil = distillationEconomics({ teacherParams: q(110, "Mparam"), studentParams: q(66, "Mparam"), teacherLatency: q(85, "ms"), studentLatency: q(34, "ms"), teacherMemory: q(1.35, "GB"), studentMemory: q(0.54, "GB") });
markdown([
  `- AWQ: ${formatNumber(awq.bitsPerWeight)} bits per weight, **${awq.weightBytes.format()}** (the book: ~3.5 GB);`,
  `- DistilBERT: ${formatNumber(100 * distil.parameterReduction)} % fewer parameters, ${formatNumber(distil.speedup ?? 0)}× faster (${formatNumber(100 * (distil.latencyReduction ?? 0))} % less latency), ${formatNumber(distil.memoryRatio ?? 0)}× less memory.`,
].join("\n"));

// %%
const logits = [4, 2, 1, 0.5, 0];
show(lineChart({
  data: [1, 2, 3, 5, 8].flatMap((temperature) => Array.from(temperedSoftmax({ logits: logits, temperature: temperature }).probabilities, (p, k) => ({ cls: k + 1, p: p, T: `T = ${temperature}` }))),
  x: "cls", y: "p", series: "T", points: true,
  title: "Soft targets: a teacher's probabilities at rising temperature",
  subtitle: `logits ${logits.join(", ")}; higher T reveals how the teacher ranks the wrong classes`,
  xTitle: "Class (by logit)", yTitle: "Probability", seriesTitle: "Temperature",
}));

// %% [markdown]
// ## 6. When do fewer bits and fewer weights become speed?

// %%
show([
  { case: "compute-bound GEMM, FP16 → INT8 on an A100 (peak ratio)", speedup: quantizationSpeedup({ regime: "compute", from: "fp16", to: "int8", hardware: "A100" }) },
  { case: "bandwidth-bound decode, FP16 → INT4 (byte ratio)", speedup: quantizationSpeedup({ regime: "bandwidth", from: "fp16", to: "int4" }) },
  { case: "2:4 semi-structured sparsity (hardware cap)", speedup: pruningSpeedup({ sparsity: 0.5, pattern: "semiStructured" }) },
  { case: "50 % unstructured sparsity (sparse kernels break even near 90 %)", speedup: pruningSpeedup({ sparsity: 0.5, pattern: "unstructured" }) },
  { case: "95 % unstructured sparsity", speedup: pruningSpeedup({ sparsity: 0.95, pattern: "unstructured" }) },
  { case: "50 % sparse + INT8, on paper (the book says 6×)", speedup: compressionSpeedup({ sparsity: 0.5, fromBits: 32, toBits: 8 }).theoretical },
].map((r) => ({ case: r.case, "speedup (×)": formatNumber(r.speedup) })), { title: "Speedup models (Chapter 10)" });

// %% [markdown]
// The measured ResNet-50 at 50 % sparsity and INT8 runs about 1.5× faster, under a fifth of
// the paper 8×: unstructured zeros are still loaded, and only structured patterns and
// low-precision units turn the savings into time.
//
// ## The chapter's worked examples

// %%
show(chapterExamples(10));

// %% [markdown]
// ## Try this
//
// 1. **No outliers.** Set `outlierShare = 0`. How much does INT4 per tensor improve, and
//    does percentile calibration still help?
// 2. **Uniform channels.** Set `channelScaleSpread = 0`. Does per-channel quantization still
//    beat per-tensor? Does row pruning still beat 2:4?
// 3. **A higher rank.** Set `rank = 32`: how much energy of the structured matrix is kept,
//    and what compression is left? At what rank does factorising stop saving parameters?
// 4. **A faster device.** Set `llm.bandwidth` to `q(1, "TB/s")`: how many tokens/s does the
//    INT4 model reach, and is decode still the bottleneck you would optimise first?
