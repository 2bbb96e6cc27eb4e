// Source of notebooks/06-network-architectures.ipynb.
// Rebuild the notebook (cells + fresh outputs) with:
//   node scripts/make-notebook.js 06-network-architectures

// %% [markdown]
// # Chapter 6 · Which resource does an architecture spend?
//
// Chapter 6 argues that choosing an architecture is choosing a bottleneck. A dense layer
// reads each weight once per sample; a convolution reuses a few weights at thousands of
// positions; a recurrent cell must run its steps one after another; attention compares every
// token with every other; an embedding table is mostly memory. The book's five *Lighthouse*
// models (Table 6.2) each stress one resource: ResNet-50 compute, GPT-2 memory bandwidth,
// DLRM memory capacity, MobileNet latency, keyword spotting power.
//
// This notebook puts numbers on each family with the library's layer calculators, then
// follows a transformer to the serving question the chapter ends on: how large does the
// KV cache grow, and when does attention, rather than the projections, dominate the work?

// %%
import {
  q, show, markdown, formatNumber, formatQuantity,
  getModel, getHardware, deviceCeilings, ridgePoint, parameterMemory,
  denseLayerCost, modelCost, mlpLayers, recurrentLayerCost, depthwiseSeparableCost,
  transformerParams, transformerLayerCost, attentionCrossover, attentionScoreMemory,
  kvCacheMemory, embeddingTable, fitsOnDevice,
  layerBreakdownChart, depthwiseSavingsChart, attentionCrossoverChart, attentionMemoryChart, kvCacheChart,
  chapterExamples,
} from "mlsys-lab";

// %% [markdown]
// ## Parameters
//
// The transformer and device are registry records (`getModel`, `getHardware`); any model
// with layers, heads, KV heads and head dimension works, including one you register.

// %%
const transformer = "Llama-3-8B";   // try "GPT-2-Small", "GPT-2-XL", "Llama-2-7B", "Llama-2-70B", "Llama-3-70B"
const device = "H100";              // try "A100", "B200", "MI300X"
const precision = "bf16";           // weights and KV cache format for serving
const context = 8192;               // tokens per sequence
const concurrent = 16;              // sequences served at once

// %% [markdown]
// ## The Lighthouse models
//
// Table 6.2 gives each model's parameters and compute per inference. The vision figures are
// multiply-accumulate counts printed as "FLOPs" (ResNet-50's 4.1 G is 8.2 GFLOP by the book's
// own two-FLOP-per-MAC rule); the table below converts them, so every intensity counts FLOPs
// per byte of FP32 weights. The device's ridge point is the intensity a kernel needs to be
// compute-bound.

// %%
const ridge = ridgePoint(deviceCeilings(device, "fp16"));
show(["ResNet-50", "GPT-2-XL", "DLRM", "MobileNetV2", "KWS-DS-CNN"].map((id) => {
  const m = getModel(id);
  const weights = parameterMemory({ params: m.params, precision: "fp32" });
  const flops = m.inferenceFlops === undefined ? undefined : m.inferenceFlops.times(m.flopConvention === "MAC" ? 2 : 1);
  return {
    model: m.name,
    parameters: m.params,
    "FP32 weights": weights,
    "compute per inference (FLOP)": flops ?? "low (lookups)",
    "as printed counts": m.flopConvention ?? "not stated",
    "FLOP per weight byte": flops === undefined ? "—" : formatNumber(flops.to("FLOP") / weights.to("B")),
    "Table 6.2 bottleneck": m.bottleneck ?? "—",
  };
}));
markdown(`${device} FP16 ridge point: **${formatQuantity(ridge)}**. Counted against weights read once per inference, every Lighthouse ` +
  `sits below it; batching reuses each weight across many inputs, which is how ResNet-50 becomes compute-bound and why GPT-2 decoding, ` +
  `one token at a time, stays bandwidth-bound.`);

// %% [markdown]
// ## Dense layers: memory-bound until the batch is large
//
// At batch 1 a dense layer performs 2 FLOPs per weight and reads each weight once: about
// 0.5 FLOP/B in FP32 (Eq. 6.2), 1 FLOP/B in FP16. Batching reuses each weight across
// samples. How large must the batch be for a 4,096 × 4,096 FP16 layer to reach the ridge?

// %%
show([1, 8, 64, 256, 512, 1024, 4096].map((b) => {
  const layer = denseLayerCost({ inputs: 4096, outputs: 4096, batch: b, precision: "fp16" });
  return { batch: b, "FLOP per byte": layer.intensity, [`above the ${device} ridge?`]: layer.intensity.to("FLOP/B") >= ridge.to("FLOP/B") ? "yes" : "no" };
}));

// %% [markdown]
// ## Convolutions: few weights, much work
//
// The chapter's MNIST comparison: a 784 → 4096 → 4096 → 10 MLP has 20 M weights; a CNN with
// two 3 × 3 convolutions, pooling and a 128-unit dense layer has 421 K. The breakdown shows
// the CNN's other side: its convolutions hold almost none of the weights but do most of the
// arithmetic, and its dense layer the reverse.

// %%
const mlp = modelCost(mlpLayers({ widths: [784, 4096, 4096, 10], bias: false }));
const cnn = modelCost({
  input: { height: 28, width: 28, channels: 1 },
  layers: [
    { kind: "conv2d", outChannels: 32, kernel: 3, padding: "same", bias: false, activation: "relu", name: "conv 3×3×32" },
    { kind: "pool2d", size: 2, name: "pool 1" },
    { kind: "conv2d", outChannels: 64, kernel: 3, padding: "same", bias: false, activation: "relu", name: "conv 3×3×64" },
    { kind: "pool2d", size: 2, name: "pool 2" },
    { kind: "dense", outputs: 128, bias: false, activation: "relu", name: "dense 3136→128" },
    { kind: "dense", outputs: 10, bias: false, activation: "softmax", name: "dense 128→10" },
  ],
});
show({ "MLP weights": mlp.params, "CNN weights": cnn.params, "ratio": `${formatNumber(mlp.params / cnn.params)}×`, "MLP FLOPs per image": mlp.flops, "CNN FLOPs per image": cnn.flops },
  { title: "MNIST: MLP against CNN" });

// %%
show(layerBreakdownChart({ cost: cnn, title: "The MNIST CNN: convolutions compute, the dense layer stores" }));

// %% [markdown]
// Depthwise-separable convolutions (MobileNet, DS-CNN) factor a K × K convolution into a
// per-channel K × K filter and a 1 × 1 channel mix. The saving approaches K² as the number of
// output channels grows: 8–9× for 3 × 3 kernels, as the chapter says.

// %%
const ds = depthwiseSeparableCost({ height: 56, width: 56, inChannels: 128, outChannels: 128, kernel: 3, padding: "same" });
show({ "standard MACs": ds.standard.macs, "depthwise + pointwise MACs": ds.depthwise.macs + ds.pointwise.macs, "ratio (1/C_out + 1/K²)": ds.approximateRatio, "times fewer": ds.macSavings },
  { title: "A 3×3, 128 → 128 layer on a 56×56 map" });
show(depthwiseSavingsChart({}));

// %% [markdown]
// ## Recurrent cells: small state, long chain
//
// A step of a recurrent cell is a matrix-vector product on the previous hidden state, so
// the steps of one sequence cannot overlap. The state is kilobytes whatever the sequence
// length; training must keep it for every step.

// %%
show((["rnn", "gru", "lstm"] as const).map((cell) => {
  const r = recurrentLayerCost({ cell: cell, inputSize: 100, hiddenSize: 128, sequenceLength: 1000 });
  return { cell: cell, parameters: r.params, "MACs per step": r.macsPerStep, "sequential steps": r.sequentialSteps, "state (inference)": r.stateMemory, "state kept for training": r.trainingStateMemory };
}));

// %% [markdown]
// ## Transformers: where do the parameters go?
//
// The registry holds each transformer's shape, so its parameter count can be recomputed
// block by block and compared with the figure the book (or the model card) prints.

// %%
const model = getModel(transformer);
const params = transformerParams({ model: model });
show({
  "stated parameters": model.params,
  "recomputed from the shape": params.total,
  "token embeddings": params.tokenEmbedding,
  "attention per block": params.attentionPerLayer,
  "feed-forward per block": params.ffnPerLayer,
  "blocks": model.layers ?? 0,
  "share in feed-forward blocks": `${formatNumber(100 * params.ffnPerLayer * (model.layers ?? 0) / params.total)} %`,
}, { title: `${model.name}: parameters by part` });

// %% [markdown]
// ## Attention against projections
//
// Per token, the projections and the feed-forward block cost a fixed number of MACs; the
// attention scores and the weighted sum of values cost 2·h·d_head per token *of context*.
// Below the crossover length N* a transformer is a stack of matrix multiplications; above it
// attention dominates.

// %%
const crossover = attentionCrossover({ model: model });
const atContext = transformerLayerCost({ model: model, sequenceLength: context });
show({
  "crossover N* (projections + FFN)": `${formatNumber(crossover.sequenceLength)} tokens`,
  "crossover N* (projections only)": `${formatNumber(attentionCrossover({ model: model, includeFfn: false }).sequenceLength)} tokens`,
  [`attention's share of a block at ${formatNumber(context)} tokens`]: `${formatNumber(100 * atContext.attentionShare)} %`,
  [`one forward pass over ${formatNumber(context)} tokens`]: q(2 * atContext.allLayersMacs, "FLOP"),
}, { title: `${model.name}: when does attention dominate?` });
show(attentionCrossoverChart({ model: model }));

// %% [markdown]
// Materialising the N × N score matrices is what made long contexts impossible before
// tiled attention (FlashAttention): one layer of a 12-head model at 100,000 tokens needs
// 240 GB in FP16.

// %%
const scores100k = attentionScoreMemory({ sequenceLength: 100_000, heads: 12, layers: 32, precision: "fp16" });
show({ "one layer": scores100k.perLayer, "32 layers": scores100k.total, [`fits on one ${device}?`]: fitsOnDevice({ required: scores100k.perLayer, device: device }).fits ? "yes" : "no" },
  { title: "Attention scores at N = 100,000, 12 heads, FP16" });
show(attentionMemoryChart({ precision: "fp16", device: device }));

// %% [markdown]
// ## Serving: the KV cache
//
// Generating one token reads every weight and the keys and values of every earlier token:
// 2 (K and V) × layers × KV heads × head dimension × bytes per token and sequence. The
// chapter's pitfall box leaves out the factor 2; its footnote has it (1.07 GB per request for
// a 7B model at 2,048 tokens). Grouped-query attention shares K/V heads and shrinks the cache.

// %%
const kv = kvCacheMemory({ model: model, sequenceLength: context, batch: concurrent, precision: precision });
const weights = parameterMemory({ params: model.params, precision: precision });
const serving = fitsOnDevice({ required: weights.plus(kv.total), device: device });
show({
  "KV cache per token": kv.perToken,
  [`per sequence (${formatNumber(context)} tokens)`]: kv.perSequence,
  [`${concurrent} sequences`]: kv.total,
  "weights": weights,
  [`weights + cache on one ${device}`]: serving.fits ? `fits, ${formatQuantity(serving.margin)} free` : `does not fit: ${serving.devicesNeeded} devices`,
  "KV heads / query heads": `${model.kvHeads} / ${model.heads}`,
}, { title: `${model.name} serving ${concurrent} × ${formatNumber(context)} tokens (${precision.toUpperCase()})` });
show(kvCacheChart({ model: model, precision: precision, device: device, batches: [1, 8, concurrent, 64] }));

// %% [markdown]
// ## Embedding tables: the capacity wall
//
// A recommendation model looks vectors up rather than multiplying by them: 100 million items
// × 128 values × 4 bytes is 51.2 GB, 60 % of an 80 GiB accelerator (the chapter writes "86 GB",
// which is 80 GiB in decimal units). A second table of the same size does not fit.

// %%
const items = embeddingTable({ entries: 100e6, dimension: 128, precision: "fp32" });
const one = fitsOnDevice({ required: items.memory, device: device });
const two = fitsOnDevice({ required: items.memory.times(2), device: device });
show({ "item table": items.memory, [`share of one ${device}`]: `${formatNumber(100 * one.utilisation)} %`, "two tables fit?": two.fits ? "yes" : `no: ${two.devicesNeeded} devices` },
  { title: "100 M items × 128 dims, FP32" });

// %% [markdown]
// ## The chapter's worked examples, checked

// %%
show(chapterExamples(6));

// %% [markdown]
// ## Try this
//
// 1. Set `transformer = "Llama-2-7B"` (32 KV heads) and then `"Llama-3-8B"` (8 KV heads).
//    How much longer a context fits on the device for the same batch?
// 2. Set `precision = "fp8"`. Which lines of the KV-cache chart move, and by how much?
// 3. For GPT-2 Small the crossover is 6 × 768 = 4,608 tokens. What does it become for a
//    gated FFN of the same width? Register a model with `gatedFfn: true` and check.
// 4. In the dense-layer table, switch to `precision: "fp32"`: does any batch reach the ridge?
// 5. Change the CNN's first convolution to `groups: 1` with 64 filters and add a
//    depthwise layer (`groups` equal to the input channels). What happens to parameters and FLOPs?

// %%
markdown(`**Summary.** ${model.name} has **${formatNumber(params.total)}** parameters; attention overtakes its projections and ` +
  `FFN at **${formatNumber(crossover.sequenceLength)}** tokens. Serving ${concurrent} sequences of ${formatNumber(context)} tokens in ` +
  `${precision.toUpperCase()} needs **${formatQuantity(kv.total)}** of KV cache on top of **${formatQuantity(weights)}** of weights ` +
  `(${serving.fits ? "fits" : "does not fit"} on one ${device}).`);
