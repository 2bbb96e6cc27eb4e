// Source of notebooks/03-synthetic-data.ipynb.
// Rebuild the notebook (cells + fresh outputs) with:
//   npx tsc -p tsconfig.build.json && node scripts/make-notebook.js 03-synthetic-data

// %% [markdown]
// # Synthetic data: a tour of the generators
//
// Most of the book's data-engineering and operations examples need data nobody can ship
// with a textbook: a day of clickstream, a billion devices' voice queries, a feature stream
// that drifts on a known day. `mlsys-lab` generates them. Every scenario is a **seeded**
// recipe: a named counter-based random generator (Philox 4×32) gives row *i* of column *c*
// its own fixed random words, so
//
// - the **same seed gives the same data**, byte for byte, on every run and machine;
// - a table can be generated **in parts** (by row range, in worker threads or on many
//   machines) and the parts join up to exactly the whole;
// - every injected drift or fault comes with its **ground truth**: which rows, which
//   columns, how large.
//
// This notebook tours the scenarios, checks those promises, and looks at the
// distributions behind three of them.

// %%
import {
  SCENARIOS,
  generateColumns,
  clickstream,
  voiceQueries,
  driftingFeatures,
  lineChart,
  layerChart,
  ruleLayer,
  bandLayer,
  show,
  markdown,
  formatNumber,
  formatCompact,
  type Columns,
} from "mlsys-lab";

show(
  Object.values(SCENARIOS).map((s) => ({ scenario: s.name, title: s.title, columns: s.columns.map((c) => c.name).join(", ") })),
  { title: "The scenarios" },
);

// %% [markdown]
// ## Same seed, same data; parts join up to the whole
//
// Generate 100,000 clickstream events in one call, then again as four parts of 25,000
// rows each, then with another seed, and compare the bytes of every column.

// %%
const rows = 100_000;
const whole = generateColumns(clickstream, { rows, seed: 7 });
const parts = [0, 1, 2, 3].map((k) => generateColumns(clickstream, { rows, seed: 7, rowStart: k * 25_000, rowCount: 25_000 }));
const otherSeed = generateColumns(clickstream, { rows, seed: 8 });

const bytesOf = (c: Columns[string]) => new Uint8Array(c.values.buffer, c.values.byteOffset, c.values.byteLength);
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
const joined = (name: string) => {
  const out = new Uint8Array(bytesOf(whole.columns[name]).length);
  let offset = 0;
  for (const p of parts) {
    out.set(bytesOf(p.columns[name]), offset);
    offset += bytesOf(p.columns[name]).length;
  }
  return out;
};
const again = generateColumns(clickstream, { rows, seed: 7 });
show(
  Object.keys(whole.columns).map((name) => ({
    column: name,
    "same seed, again": sameBytes(bytesOf(whole.columns[name]), bytesOf(again.columns[name])) ? "identical" : "different",
    "four parts joined": sameBytes(bytesOf(whole.columns[name]), joined(name)) ? "identical" : "different",
    "seed 8 instead of 7": sameBytes(bytesOf(whole.columns[name]), bytesOf(otherSeed.columns[name])) ? "identical" : "different",
  })),
  { title: "Bytes of each column, compared" },
);

// %% [markdown]
// ## Item popularity: a Zipf law, straight on log–log axes
//
// Clickstream items are drawn by popularity rank *k* with P(*k*) ∝ *k*^−*s*, *s* = 1.2 over
// 200,000 items (StreamRec's catalogue and exponent). Counting how often each item appears
// in 300,000 events and plotting count against rank on log–log axes gives a straight line of
// slope −1.2 until the counts get small and noisy in the tail.

// %%
const events = generateColumns(clickstream, { rows: 300_000, seed: 11 });
const items = clickstream.resolve().items;
const s = clickstream.resolve().zipfExponent;
const counts = new Int32Array(items);
for (const id of events.columns.item_id.values) counts[id]++;
let harmonic = 0;
for (let k = 1; k <= items; k++) harmonic += k ** -s;
const ranks = [...new Set(Array.from({ length: 81 }, (_, j) => Math.round(10 ** (j / 20))))];
const zipfRows = ranks.flatMap((k) => [
  { rank: k, events: counts[k - 1], series: "generated" },
  { rank: k, events: (events.rowCount * k ** -s) / harmonic, series: `expected, s = ${s}` },
]);
show(
  lineChart({
    data: zipfRows.filter((r) => r.events > 0),
    x: "rank", y: "events", series: "series", xScale: "log", yScale: "log", points: true,
    title: "Item popularity in 300,000 clickstream events",
    subtitle: "events per item against its popularity rank",
    xTitle: "Popularity rank (1 = most viewed)", yTitle: "Events (count)", seriesTitle: "",
  }),
);
markdown(
  `The top item gets ${formatNumber(counts[0])} events (expected ${formatNumber(Math.round((events.rowCount * 1) / harmonic))}); ` +
    `the top 1% of items (${formatNumber(items / 100)}) get ${formatCompact((100 * counts.slice(0, items / 100).reduce((a, b) => a + b, 0)) / events.rowCount)}% of all events.`,
);

// %% [markdown]
// ## Dwell times: lognormal, mean 48 s
//
// The time spent on each event is lognormal with σ = 1 on the log scale and mean 48 s, so
// that a session of 10 events lasts 8 minutes on average (the book's mean session length).
// A histogram on a log axis shows the bell of a lognormal; the mean sits well to the right
// of the median, pulled by the long tail.

// %%
const dwell = events.columns.dwell_s.values;
const p = clickstream.resolve();
const mu = Math.log(p.meanDwellSeconds) - p.dwellSdLog ** 2 / 2;
const binsPerDecade = 10;
const lo = -1;
const hi = 4;
const nBins = (hi - lo) * binsPerDecade;
const hist = new Float64Array(nBins);
for (const x of dwell) {
  const b = Math.floor((Math.log10(x) - lo) * binsPerDecade);
  if (b >= 0 && b < nBins) hist[b]++;
}
// Lognormal CDF via the error function (Abramowitz–Stegun 7.1.26 is enough for a chart).
const erf = (x: number) => {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return x >= 0 ? y : -y;
};
const cdf = (x: number) => 0.5 * (1 + erf((Math.log(x) - mu) / (p.dwellSdLog * Math.SQRT2)));
const dwellRows = Array.from({ length: nBins }, (_, b) => {
  const a = 10 ** (lo + b / binsPerDecade);
  const z = 10 ** (lo + (b + 1) / binsPerDecade);
  const centre = Math.sqrt(a * z);
  return [
    { dwell: centre, share: hist[b] / dwell.length, series: "generated" },
    { dwell: centre, share: cdf(z) - cdf(a), series: "lognormal model" },
  ];
}).flat();
let dwellSum = 0;
for (const x of dwell) dwellSum += x;
const meanDwell = dwellSum / dwell.length;
const sorted = Float64Array.from(dwell).sort();
show(
  layerChart(
    lineChart({
      data: dwellRows, x: "dwell", y: "share", series: "series", xScale: "log",
      title: "Dwell time per event", subtitle: `${formatNumber(dwell.length)} events, ${binsPerDecade} bins per decade`,
      xTitle: "Dwell time (s)", yTitle: "Share of events per bin", yFormat: ".0%", seriesTitle: "",
    }),
    ruleLayer({ x: sorted[Math.floor(sorted.length / 2)], label: "median" }),
    ruleLayer({ x: meanDwell, label: "mean", labelAt: "start" }),
  ),
);
markdown(`Mean dwell ${formatNumber(Math.round(meanDwell * 10) / 10)} s (model: ${p.meanDwellSeconds} s); median ${formatNumber(Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10)} s (model: e^μ = ${formatNumber(Math.round(Math.exp(mu) * 10) / 10)} s).`);

// %% [markdown]
// ## Voice queries: a day with a 4.5× peak
//
// The book's Voice Assistant Wall (Chapter 2) sizes a fleet for queries that crowd into
// waking hours, at about **4.5× the average rate** at the peak. The `voice_queries` scenario
// draws arrival times from a Poisson process whose rate follows a smooth daily curve with
// exactly that peak-to-average ratio. Counting 500,000 sampled queries in 10-minute bins
// and dividing by the average count per bin recovers the curve.

// %%
const voice = generateColumns(voiceQueries, { rows: 500_000, seed: 3 });
const t0 = Date.parse(voice.params.startTime);
const binMinutes = 10;
const perDay = (24 * 60) / binMinutes;
const arrivals = new Float64Array(perDay);
for (const t of voice.columns.ts.values) arrivals[Math.min(perDay - 1, Math.floor((t - t0) / (binMinutes * 60_000)))]++;
const meanPerBin = voice.rowCount / perDay;
const rateRows = Array.from(arrivals, (c, b) => ({ hour: (b * binMinutes) / 60, rate: c / meanPerBin }));
const hourly = Array.from({ length: 24 }, (_, h) => arrivals.slice(h * 6, h * 6 + 6).reduce((a, b) => a + b, 0) / (voice.rowCount / 24));
show(
  layerChart(
    lineChart({
      data: rateRows, x: "hour", y: "rate", xDomain: [0, 24],
      title: "Voice queries over one day (UTC)", subtitle: `${formatNumber(voice.rowCount)} queries in ${binMinutes}-minute bins`,
      xTitle: "Hour of day (UTC)", yTitle: "Rate ÷ average rate",
    }),
    ruleLayer({ y: 1, label: "average" }),
    ruleLayer({ y: voice.params.peakToAverage, label: `book: peak ${voice.params.peakToAverage}× average` }),
  ),
);
markdown(
  `Busiest 10-minute bin: ${formatNumber(Math.round(Math.max(...rateRows.map((r) => r.rate)) * 100) / 100)}× the average; ` +
    `busiest hour: ${formatNumber(Math.round(Math.max(...hourly) * 100) / 100)}× (at ${hourly.indexOf(Math.max(...hourly))}:00 UTC; the peak is set at ${voice.params.peakHour}:00). ` +
    `Quietest hour: ${(Math.min(...hourly) * 100).toFixed(1)}% of the average. A fleet sized for the average would be short by the whole gap between the two rules.`,
);

// %% [markdown]
// ## Drift with its ground truth
//
// A drift detector is only testable against data whose drift is known. Here a 90-day
// feature stream (no built-in drift) gets one injected **covariate shift**: every
// session between 10 and 25 February lasts 4 minutes longer. `generateColumns` returns the
// ground truth of the injection with the data: the time range, the rows it touched and the
// size of the effect. The chart sets the feature's daily mean against the shaded ground
// truth.

// %%
const stream = generateColumns(driftingFeatures, {
  rows: 90_000,
  seed: 21,
  params: { covariateShift: "none" },
  drift: [{ kind: "covariateShift", column: "session_minutes", mode: "mean", shift: 4, times: ["2024-02-10T00:00:00Z", "2024-02-25T00:00:00Z"], timeColumn: "ts" }],
});
const [truth] = stream.groundTruth;
const dayMs = 86_400_000;
const start0 = Date.parse(stream.params.startTime);
const [fromDay, toDay] = (truth.timeRange ?? ["", ""]).map((t) => (Date.parse(t) - start0) / dayMs);
const sums = new Float64Array(stream.params.days);
const n = new Float64Array(stream.params.days);
const day = stream.columns.day.values;
const minutes = stream.columns.session_minutes.values;
for (let i = 0; i < stream.rowCount; i++) {
  sums[day[i]] += minutes[i];
  n[day[i]]++;
}
const dailyRows = Array.from(sums, (sum, d) => ({ day: d, mean: sum / n[d] }));
show(
  layerChart(
    lineChart({
      data: dailyRows, x: "day", y: "mean", points: true,
      title: "Daily mean session length, with the injected shift",
      subtitle: "shaded: the ground truth returned with the data",
      xTitle: "Day", yTitle: "Mean session length (min)",
    }),
    bandLayer({ axis: "x", from: fromDay, to: toDay, label: `+${truth.magnitude.shift} min injected` }),
  ),
);
show(
  [
    { field: "kind", value: truth.kind },
    { field: "column", value: truth.columns.join(", ") },
    { field: "time range", value: (truth.timeRange ?? []).join(" → ") },
    { field: "rows", value: `${formatNumber(truth.rowRange[0])} … ${formatNumber(truth.rowRange[1] - 1)} (${formatNumber(truth.affectedRows)} changed)` },
    { field: "mean before → after (min)", value: `${formatNumber(Math.round(truth.magnitude.meanBefore * 100) / 100)} → ${formatNumber(Math.round(truth.magnitude.meanAfter * 100) / 100)}` },
  ],
  { title: "Ground truth of the injection" },
);

// %% [markdown]
// ## Try this
//
// 1. **Partitions.** Split the 100,000 events into parts of unequal sizes (say 1, 9,999 and
//    90,000 rows). Still identical? Sessions cross part boundaries: how does the generator
//    manage that? (Hint: `SESSION_BLOCK`.)
// 2. **A flatter catalogue.** Generate the clickstream with `params: { zipfExponent: 0.8 }`.
//    How much of the traffic do the top 1% of items get now? What would that do to a cache
//    sized for the popular items?
// 3. **A spikier day.** Set `params: { peakToAverage: 8 }` for the voice queries and redraw.
//    How many times more GPUs does a fleet need if it must absorb the peak rather than the
//    average?
// 4. **A gradual drift.** Add `ramp: "gradual"` to the injection. The shaded range stays the
//    same; what does the daily mean do inside it? Which would a weekly drift check catch
//    sooner, the sudden shift or the ramp?
