// Source of notebooks/05-neural-computation.ipynb.
// Rebuild the notebook (cells + fresh outputs) with:
//   node scripts/make-notebook.js 05-neural-computation

// %% [markdown]
// # Chapter 5 · What does a small neural network cost?
//
// Chapter 5 follows one handwritten digit, 28 × 28 pixels from MNIST, through three ways of
// recognising it: hand-written rules, engineered features with a linear classifier, and a
// neural network that learns its own features. The network it uses throughout is tiny,
// **784 → 128 → 64 → 10**, and that is the point: small enough to count every parameter,
// multiply-accumulate (MAC) and byte by hand, large enough to show where the costs of deep
// learning come from.
//
// This notebook does the counting with the library:
//
// - **compute**: parameters and operations per layer, with the book's convention that one
//   MAC is two floating-point operations (a multiply and an add);
// - **learning**: the activation slopes that decide how much gradient survives each layer,
//   cross-entropy, and the chapter's backpropagation example, computed rather than typed in;
// - **memory**: why training needs several times the memory of inference, and how that
//   ratio moves with the batch size.

// %%
import {
  q, show, markdown, formatNumber, formatQuantity,
  mlpLayers, modelCost, denseLayerCost, mlpMemory, trainingMemory, fitsOnDevice,
  crossEntropy, softmax, logSumExp, denseBackward, sgdStep, gradientScale,
  activationChart, gradientScaleChart, mlpMemoryByBatchChart, layerBreakdownChart,
  chapterExamples,
} from "mlsys-lab";

// %% [markdown]
// ## Parameters
//
// Change any of these and re-run the notebook: every table and chart below follows. The
// widths are the book's running example; try `[784, 512, 256, 10]` (the chapter's larger
// variant) or a deeper stack.

// %%
const widths = [784, 128, 64, 10];   // input, hidden layers, output
const batch = 32;                    // training batch
const precision = "fp32";            // "fp32", "bf16", "fp16", …
const optimizer = "adam";            // "sgd", "momentum", "adam", "adamw"
const device = "V100";               // a registry device for the fit check (try "A100", "H100")

// %% [markdown]
// ## Three paradigms, one digit
//
// Rules compare about 100 pixel values. HOG features summarise the image as 441 numbers
// (a 7 × 7 grid of cells, 9 orientation bins each), and a linear SVM takes 10 dot products
// over them. The network multiplies every pixel by every weight of the first layer. The
// book says HOG + SVM costs "roughly 8,000 operations"; the 10 dot products alone are 4,410
// MACs, 8,820 FLOPs.

// %%
const network = modelCost(mlpLayers({ widths: widths }));
const svm = denseLayerCost({ inputs: 7 * 7 * 9, outputs: 10, bias: false });
show([
  { approach: "hand-written rules (comparisons)", "operations per digit": 100, "working memory": "784 B of pixels" },
  { approach: "HOG features + linear SVM", "operations per digit": svm.flops.to("FLOP"), "working memory": formatQuantity(svm.parameterMemory, { binary: true }) + " of SVM weights" },
  { approach: `network ${widths.join("→")} (2 FLOP per MAC)`, "operations per digit": network.flops.to("FLOP"), "working memory": formatQuantity(network.parameterMemory, { binary: true }) + " of weights" },
]);

// %% [markdown]
// ## The forward pass, counted
//
// A dense layer computes Z = A·W + b: a matrix multiplication of (batch × d_in)·(d_in × d_out),
// that is batch · d_in · d_out MACs, then one bias addition and one activation per output
// value. The table is the book's operation count for a batch; the chart shows what share of
// the parameters, operations and activations each layer holds.

// %%
const forward = modelCost({ ...mlpLayers({ widths: widths }), batch: batch, precision: precision });
show(forward.layers.map((l) => ({
  layer: l.name, parameters: l.params, MACs: l.macs, "matmul FLOPs (2 per MAC)": l.flops, "bias + activation ops": l.elementwiseOps,
})));
show({
  "parameters": forward.params,
  "parameter memory": formatQuantity(forward.parameterMemory, { binary: true }),
  [`operations for a batch of ${batch}`]: forward.operations,
  "operations per image": forward.operations.div(batch),
  "first layer's share of the operations": `${formatNumber(100 * (forward.layers[0].flops + forward.layers[0].elementwiseOps) / forward.operations.to("FLOP"))} %`,
}, { title: "Forward pass" });

// %%
show(layerBreakdownChart({ cost: forward, title: `Where ${widths.join("→")} keeps its weights and does its work` }));

// %% [markdown]
// The first layer, which sees all 784 pixels, holds 92 % of the weights and does 92 % of the
// arithmetic. Per image the network performs about half an operation for every byte of
// weights it reads, far below what any accelerator needs to be compute-bound (the chapter
// prints "15.8 FLOPs/byte", which divides the whole batch's work by one image's memory).

// %%
const perImage = mlpMemory({ widths: widths, batch: batch, precision: precision, optimizer: optimizer, inferenceBatch: 1 });
show({
  "operations per image": forward.operations.div(batch),
  "memory of one inference (weights + activations)": formatQuantity(perImage.inference.total, { binary: true }),
  "arithmetic intensity per image": forward.operations.div(batch).div(perImage.inference.total),
}, { title: "Arithmetic intensity of one inference" });

// %% [markdown]
// ## How much gradient gets through?
//
// Backpropagation multiplies the gradient by each layer's activation slope f′(z). The
// sigmoid's slope never exceeds 0.25; tanh reaches 1 only at z = 0; ReLU passes exactly 1 on
// its active side and 0 elsewhere.

// %%
show(activationChart({}));

// %% [markdown]
// Compounded over depth, a factor below 1 vanishes geometrically: 0.25 per layer leaves
// about 10⁻⁶ after 10 layers, which is why deep sigmoid networks stopped learning and why
// ReLU (and later, residual connections) made depth trainable.

// %%
show(gradientScaleChart({
  factors: [{ factor: 0.25, label: "sigmoid, 0.25" }, { factor: 0.5, label: "0.5" }, { factor: 0.9, label: "0.9" }, { factor: 1, label: "ReLU active, 1" }],
  maxDepth: 50,
}));
show({ "0.25 after 10 layers": gradientScale({ factorPerLayer: 0.25, depth: 10 }), "0.25 after 20 layers": gradientScale({ factorPerLayer: 0.25, depth: 20 }) },
  { title: "Sigmoid's best case through depth" });

// %% [markdown]
// ## Loss: cross-entropy, computed stably
//
// Cross-entropy charges −log of the probability given to the true class: 0.223 for 0.8,
// 0.105 for 0.9, and ln 10 ≈ 2.30 for an untrained network guessing uniformly among ten
// digits. From logits it is computed as log-sum-exp minus the true logit, which never
// overflows even where e^z would (FP32 overflows beyond z ≈ 88).

// %%
show([
  { prediction: "0.8 on the true digit", loss: crossEntropy({ probabilities: [0.1, 0, 0, 0, 0, 0, 0, 0.8, 0, 0.1], target: 7 }).loss },
  { prediction: "0.9 on the true digit", loss: crossEntropy({ probabilities: [0.9, 0.1], target: 0 }).loss },
  { prediction: "uniform over 10 digits", loss: crossEntropy({ logits: new Array(10).fill(0), target: 0 }).loss },
  { prediction: "logits [1000, 0], true class 1", loss: crossEntropy({ logits: [1000, 0], target: 1 }).loss },
]);
show({ "softmax([1000, 0])": softmax({ logits: [1000, 0] }).join(", "), "logsumexp([1000, 1000]) = 1000 + ln 2": logSumExp({ values: [1000, 1000] }).toFixed(6) },
  { title: "No overflow" });

// %% [markdown]
// ## Backpropagation by hand, by the library
//
// The chapter's worked example: 2 inputs, 2 ReLU neurons, 1 linear output, squared-error
// loss ½(ŷ − y)². One forward pass, one backward pass, one SGD step with η = 0.1. The second
// hidden neuron outputs 0 for this input, so ReLU blocks its gradient and its weights do not
// move.

// %%
const tiny = [
  { weights: [[0.5, -0.3], [0.8, 0.2]], bias: [0, 0], activation: "relu" as const },
  { weights: [[0.6], [-0.4]], bias: [0], activation: "linear" as const },
];
const pass = denseBackward({ layers: tiny, input: [[1.0, 0.5]], target: [[1.0]], loss: "squared-error" });
const stepped = sgdStep({ layers: tiny, gradients: pass.gradients, learningRate: 0.1 });
const round = (rows: readonly (readonly number[])[]) => rows.map((r) => `[${r.map((v) => formatNumber(v, 4)).join(", ")}]`).join(" ");
show({
  "z(1)": round(pass.forward.layers[0].z),
  "a(1)": round(pass.forward.layers[0].a),
  "ŷ": formatNumber(pass.forward.output[0][0], 4),
  "loss ½(ŷ − y)²": formatNumber(pass.loss, 4),
  "∂L/∂W(2)": round(pass.gradients[1].weights),
  "∂L/∂a(1)": round(pass.gradients[0].a),
  "∂L/∂z(1)": round(pass.gradients[0].z),
  "∂L/∂W(1)": round(pass.gradients[0].weights),
  "W(1) after one step": round(stepped[0].weights),
}, { title: "One training step of the 2→2→1 network" });

// %% [markdown]
// ## Training memory against inference memory
//
// Inference keeps the weights and the activations of the layer being computed. Training
// also keeps every layer's activations for the backward pass, a gradient for every weight,
// and the optimizer's state: Adam stores two moments per parameter. At the chapter's batch
// of 32 the book compares training with *one* image of inference (1,832 KiB against 431 KiB,
// "4.3×"); at the same batch the ratio is 3.3×.

// %%
const memory = mlpMemory({ widths: widths, batch: batch, precision: precision, optimizer: optimizer });
const kib = (x: Parameters<typeof formatQuantity>[0]) => formatQuantity(x, { binary: true });
show([
  { component: "weights", training: kib(memory.training.weights), inference: kib(memory.inference.weights) },
  { component: `activations (batch ${batch})`, training: kib(memory.training.activations), inference: kib(memory.inference.activations) },
  { component: "gradients", training: kib(memory.training.gradients), inference: "—" },
  { component: `${optimizer} state`, training: kib(memory.training.optimizerState), inference: "—" },
  { component: "total", training: kib(memory.training.total), inference: kib(memory.inference.total) },
]);
show({ "training ÷ inference, same batch": memory.trainingToInference, "training ÷ inference of one image": perImage.trainingToInference },
  { title: "How much more memory training needs" });

// %% [markdown]
// How does that ratio move with the batch? The model state (weights, gradients, optimizer)
// does not depend on it; activations grow linearly. The rule marks the batch at which the
// activations alone equal the model state.

// %%
show(mlpMemoryByBatchChart({ widths: widths, precision: precision, optimizer: optimizer }));

// %% [markdown]
// ## Does it fit?
//
// The napkin rule of the chapter: FP32 training with Adam needs parameters × 4 bytes × 4.
// For a 100M-parameter model that is 1.6 GB, a tenth of a 16 GB GPU; the rest is for
// activations, so the batch size, not the model, is the constraint. The same check against
// the registry device of the parameters cell:

// %%
const big = trainingMemory({ params: q(100, "Mparam"), precision: "fp32", optimizer: "adam" });
const fit = fitsOnDevice({ required: big.modelState, device: device });
show({
  "bytes per parameter": big.bytesPerParam,
  "weights + gradients + Adam state": big.modelState,
  [`${device} memory`]: fit.capacity,
  "left for activations": fit.margin,
  "utilisation": `${formatNumber(100 * fit.utilisation)} %`,
}, { title: `A 100M-parameter model on one ${device}` });

// %% [markdown]
// ## The chapter's worked examples, checked
//
// Every figure the chapter prints, recomputed by the library. Where the book's arithmetic
// is off, the corrected value is shown with the reason.

// %%
show(chapterExamples(5));

// %% [markdown]
// ## Try this
//
// 1. Set `widths = [784, 512, 256, 10]`. How many parameters now (the book says 535,818),
//    and does the first layer still dominate the work?
// 2. Set `precision = "bf16"`. Which rows of the memory table halve, and which do not?
//    What would an FP32 master copy of the weights add (`trainingMemory({ …, mixedPrecision: true })`)?
// 3. With `optimizer = "sgd"`, how close do training and inference memory get at batch 1?
// 4. In the backpropagation cell, change the input to `[[1.0, 2.0]]`. Does the second hidden
//    neuron come alive, and do its weights now receive a gradient?
// 5. Find the largest batch of the MNIST network that fits in 16 GB: at what batch do
//    activations reach 16 GB?

// %%
markdown(`**Summary.** The ${widths.join("→")} network has **${formatNumber(forward.params)}** parameters ` +
  `(${kib(forward.parameterMemory)} in ${precision.toUpperCase()}) and does **${formatQuantity(forward.operations.div(batch))}** of arithmetic per image. ` +
  `Training it at batch ${batch} with ${optimizer} takes **${kib(memory.training.total)}**, ` +
  `${formatNumber(memory.trainingToInference)}× the memory of inference at the same batch.`);
