// Source of notebooks/00-getting-started.ipynb.
// Rebuild the notebook (cells + fresh outputs) with:
//   node scripts/make-notebook.js 00-getting-started

// %% [markdown]
// # Getting started with mlsys-lab
//
// **mlsys-lab** turns the numbers of the textbook *Machine Learning Systems* into a
// TypeScript library you can use from this notebook: quantities with units, hardware
// and model registries with their sources, and calculators for training time, memory,
// serving, energy and cost.
//
// This notebook runs on the `TypeScript (mlsys-lab)` kernel, which is
// [tslab](https://github.com/yunabe/tslab) started from this project. Every cell is
// type-checked before it runs, and the library is imported by its package name, exactly
// as you would after `npm install mlsys-lab`.

// %%
import { q, parseQuantity, DimensionError, InvalidParameterError } from "mlsys-lab";

// %% [markdown]
// ## Quantities carry their units
//
// `q(value, unit)` makes a quantity. It remembers its dimension (a rate of floating-point
// operations, an amount of data, a time, …) and converts between units of that dimension.
// Data units are decimal (1 GB = 10⁹ bytes) unless you write a binary unit such as GiB.

// %%
const peak = q(312, "TFLOP/s");           // one A100's dense FP16 tensor-core peak
console.log("peak:", peak.format(), "=", peak.to("FLOP/s"), "FLOP/s");

const hbm = q(80, "GiB");
console.log("80 GiB in GB:", hbm.to("GB"));

// Text works too: a 16 kHz audio stream of 2-byte samples.
const audio = parseQuantity("16 kHz").times(parseQuantity("2 B"));
console.log("audio stream:", audio.format());

// %% [markdown]
// ## Arithmetic keeps track of dimensions
//
// The book's first worked example estimates how long a GPT-3-class model trains on 1,024
// A100s: time ≈ O / (N · R_peak · η), with O = 3.14 × 10²³ FLOP, N = 1,024 GPUs,
// R_peak = 312 TFLOP/s and η = 0.45. Dividing an amount of computation by a rate of
// computation gives a time, and the result picks a readable unit by itself.

// %%
const operations = q(3.14e23, "FLOP");
const gpus = 1024;
const efficiency = 0.45;
const trainingTime = operations.div(peak.times(gpus * efficiency));
console.log("dimension:", trainingTime.dimensionName);
console.log("training time:", trainingTime.format());
console.log("in hours:", Math.round(trainingTime.to("hour")));

// With better kernels and scheduling, η = 0.60:
console.log("at 60% efficiency:", operations.div(peak.times(gpus * 0.6)).format());

// %% [markdown]
// ## Mistakes fail loudly
//
// Adding a compute rate to a bandwidth is meaningless, so it throws a `DimensionError`
// that names both dimensions. Where the types are known, TypeScript rejects the mistake
// before the cell even runs; quantities parsed from text are only checked at run time.
// Invalid numbers raise an `InvalidParameterError` naming the parameter and the value.

// %%
const compute = parseQuantity("312 TFLOP/s");
const bandwidth = parseQuantity("2 TB/s");
try {
  compute.plus(bandwidth);
} catch (error) {
  if (error instanceof DimensionError) console.log(`${error.name}: ${error.message}`);
  else throw error;
}

try {
  q(Number.NaN, "GB");
} catch (error) {
  if (error instanceof InvalidParameterError) console.log(`${error.name}: ${error.message}`);
  else throw error;
}

// %% [markdown]
// ## Next
//
// The chapter notebooks build on these quantities: `01-introduction`, `02-ml-systems` and
// `04-data-engineering`. Run them all and build this site with `npm start`, or open them
// interactively with `npm run lab`.
