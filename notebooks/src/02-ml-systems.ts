// Source of notebooks/02-ml-systems.ipynb.
// Rebuild the notebook (cells + fresh outputs) with:
//   node scripts/make-notebook.js 02-ml-systems

// %% [markdown]
// # Chapter 2 · The Voice Assistant Wall
//
// Where should a model run: in a data centre, on an edge box, or on the device in your
// pocket? Chapter 2 answers with physics and money rather than taste. Its sharpest example
// (seed lines 3056–3086) asks what would happen if every one of a **billion** voice
// assistants (phones, smart speakers, earbuds) sent its audio to the cloud.
//
// The answer hits three walls at once:
//
// * **Economic**: a few dollars' worth of cloud time per device per year is a fortune for a
//   feature nobody pays for, while a milliwatt wake-word detector on the device costs almost
//   nothing.
// * **Infrastructure**: 20 queries a day from each device, at about 200 ms of GPU time each,
//   keeps whole data centres busy, and far more at the evening peak.
// * **Bandwidth**: streaming raw 16 kHz audio from every device saturates a sizable share of
//   the internet backbone.
//
// The lesson generalises: before choosing a deployment paradigm, multiply the per-request
// cost by the size of the fleet and look at the *peak*, not the average.

// %%
import {
  q, show, markdown, formatNumber, formatCompact, formatQuantity, formatMoney,
  voiceAssistantWall, voiceAssistantBookScenario, getWorkedExample,
  datacentresVsDevicesChart, peakDatacentresHeatmap,
  diurnalProfile, lineChart, layerChart, ruleLayer, bandLayer,
} from "mlsys-lab";

// %% [markdown]
// ## Parameters
//
// The defaults are the book's scenario. Edit any line and re-run the notebook.

// %%
const scenario = {
  ...voiceAssistantBookScenario,
  devices: 1e9,                 // fleet size
  queriesPerDevicePerDay: 20,   // cloud queries per device per day
  gpuSecondsPerQuery: 0.2,      // GPU time per query (s)
  gpusPerDatacenter: 10_000,    // GPUs in one large data centre
  peakToAverage: 4.5,           // evening peak over the daily average
  cloudCostPerDeviceYear: 0.5,  // USD per device per year, in the cloud
  sampleRateHz: 16_000,         // audio sample rate if devices streamed to the cloud
  bitsPerSample: 16,            // bits per audio sample
};
const wall = voiceAssistantWall(scenario);

// %% [markdown]
// ## Wall 1: money
//
// The cloud bill grows linearly with the fleet; so does the on-device cost, but from a
// hundredth of a cent.

// %%
show(wall.economic, { title: "The economic wall" });

// %% [markdown]
// ## Wall 2: data centres
//
// GPU-hours of demand per day, divided by the GPU-hours one large data centre supplies, gives
// the number of data centres that do nothing but answer voice queries. Provisioning has to
// cover the peak hour, not the daily average.

// %%
show(wall.infrastructure, { title: "The infrastructure wall" });

// %% [markdown]
// The daily profile below spreads the same number of queries over 24 hours with the
// scenario's peak-to-average ratio (a smooth bump peaking in the evening; the ratio is exact).
// The shaded band is the capacity that sits idle most of the day but must exist for the
// peak.

// %%
const profile = diurnalProfile({ meanRate: wall.infrastructure.queriesPerDay / 86_400, peakToAverage: scenario.peakToAverage });
const hourly = Array.from({ length: 97 }, (_, i) => {
  const hour = i / 4;
  return { hour, millionQueriesPerSecond: profile.rate(hour * 3600) / 1e6 };
});
const meanRate = profile.meanRate / 1e6;
const peakRate = profile.maxRate / 1e6;
show(layerChart(
  lineChart({
    data: hourly, x: "hour", y: "millionQueriesPerSecond",
    title: `Voice queries over a day (${formatCompact(scenario.devices)} devices, peak ${scenario.peakToAverage}× average)`,
    xTitle: "Hour of day", yTitle: "Queries per second (millions)", xDomain: [0, 24],
  }),
  bandLayer({ axis: "y", from: meanRate, to: peakRate, label: "idle outside the peak" }),
  ruleLayer({ y: meanRate, label: `average ${formatNumber(meanRate)} M/s` }),
  ruleLayer({ y: peakRate, label: `peak ${formatNumber(peakRate)} M/s` }),
));

// %% [markdown]
// How does the requirement scale with the fleet? Both lines are straight on log–log axes:
// data centres grow in proportion to devices. The book's billion devices sits far beyond the
// point where even the *average* load needs a building of its own.

// %%
show(datacentresVsDevicesChart({ ...scenario, markDevices: scenario.devices }));

// %% [markdown]
// Usage matters as much as fleet size. The heatmap shows peak-hour data centres for
// combinations of fleet size and queries per device per day.

// %%
show(peakDatacentresHeatmap({
  ...scenario,
  devices: [1e7, 1e8, 5e8, 1e9, 2e9, 5e9],
  queriesPerDay: [5, 10, 20, 40, 80],
}));

// %% [markdown]
// ## Wall 3: bandwidth
//
// Wake-word detection listens all the time. Streaming that audio instead of processing it
// locally costs sample rate × sample size per device. The book writes the per-device rate as
// "31 KB/s", a binary kilobyte (KiB), and the fleet total as "32 TB/s", decimal: both are
// right once the units are written out.

// %%
show(wall.bandwidth, { title: "The bandwidth wall" });

// %% [markdown]
// ## The book's figures, checked

// %%
show(getWorkedExample("WE-2.5"));

// %% [markdown]
// ## Try this
//
// 1. Halve `gpuSecondsPerQuery` (a faster model). Which wall moves, and which do not?
// 2. Set `peakToAverage: 1` (perfectly flat demand). How many data centres are left? Is that
//    a realistic assumption for a consumer product?
// 3. Set `bitsPerSample: 8` and `sampleRateHz: 8000` (telephone quality). Is streaming
//    audio to the cloud now reasonable for a billion devices?
// 4. Find the fleet size at which the *peak* fits in a single data centre.

// %%
markdown(`**Summary.** ${formatCompact(scenario.devices)} devices need ` +
  `**${formatNumber(wall.infrastructure.averageDatacenters)}** data centres on average and ` +
  `**${formatNumber(wall.infrastructure.peakDatacenters)}** at the peak, cost ` +
  `**${formatQuantity(wall.economic.cloudCostPerYear)}** in the cloud, and would stream ` +
  `**${formatQuantity(wall.bandwidth.aggregate)}** of audio.`);

// %% [markdown]
// ## The rest of Chapter 2, computed
//
// The voice assistant is one of sixteen quantitative arguments in the chapter. The sections
// below compute the others: the physical walls (light, power, memory), the energy and
// bandwidth of sending data, the cost of owning hardware, and the edge devices' batteries
// and heat.

// %%
import {
  fiberRoundTrip, batteryLife, amdahlSpeedup, chapterExamples,
} from "mlsys-lab";

// %% [markdown]
// ### The light barrier
//
// Light in fibre covers about 200 km per millisecond, so distance alone sets a floor on any
// round trip. A robot arm's 10 ms safety budget is gone at 1,000 km; a 100 ms conversational
// budget at 10,000 km.

// %%
const distanceRows = [10, 50, 100, 250, 500, 1000, 1500, 2500, 3600, 5000].map((km) => ({ km: km, ms: fiberRoundTrip({ distance: km }).roundTrip.to("ms") }));
show(layerChart(
  lineChart({ data: distanceRows, x: "km", y: "ms", title: "Round-trip propagation in fibre vs distance", subtitle: "200,000 km/s, before any computation",
    xTitle: "Distance to the data centre (km)", yTitle: "Minimum round trip (ms)", points: true }),
  ruleLayer({ y: 10, label: "robot arm budget (10 ms)" }),
  ruleLayer({ y: 36, label: "California–Virginia (36 ms)" }),
));
show(getWorkedExample("WE-2.3"));

// %% [markdown]
// ### The power and memory walls, and the bottleneck of one inference

// %%
show(getWorkedExample("WE-2.16"));
show(getWorkedExample("WE-2.2"));

// %% [markdown]
// ### Sending data costs energy and bandwidth
//
// Transmitting a megabyte costs a thousand times the energy of classifying it locally, a
// factory's cameras would need 15× a 10 Gbps line, and a drone cannot push a 4K frame
// through its uplink in less than two seconds.

// %%
show(getWorkedExample("WE-2.1"));
show(getWorkedExample("WE-2.6"));
show(getWorkedExample("WE-2.7"));

// %% [markdown]
// ### Owning hardware: cloud vs edge
//
// The cloud bill grows with volume; an edge server's is flat. With the book's line items they
// cross at 61.5 % of a million inferences a day, and above it edge wins, mostly because of one
// tenth of an engineer's salary, not the hardware.

// %%
const tco = getWorkedExample("WE-2.4").compute() as { cloud: { total: ReturnType<typeof q> }; edge: { total: ReturnType<typeof q> }; breakEven: { breakEvenVolume: ReturnType<typeof q> } };
const cloudPerMillion = tco.cloud.total.to("USD/year");
const crossoverRows = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2].flatMap((m) => [
  { volume: m, option: "cloud (scales with volume)", usd: cloudPerMillion * m / 1000 },
  { volume: m, option: "edge server (fixed)", usd: tco.edge.total.to("USD/year") / 1000 },
]);
show(layerChart(
  lineChart({ data: crossoverRows, x: "volume", y: "usd", series: "option", title: "Annual cost vs daily volume: cloud against an edge server",
    xTitle: "Inferences per day (millions)", yTitle: "Cost per year (thousand USD)", seriesTitle: "Deployment" }),
  ruleLayer({ x: tco.breakEven.breakEvenVolume.to("1/day") / 1e6, label: `break-even ${formatNumber(tco.breakEven.breakEvenVolume.to("1/day") / 1e6)} M/day` }),
));
show(getWorkedExample("WE-2.4"));
show(getWorkedExample("WE-2.8"));
show(getWorkedExample("WE-2.14"));

// %% [markdown]
// ### Batteries and heat
//
// Runtime is capacity over power: an always-on feature must fit in tens of milliwatts to
// leave a phone's day intact. Heat is the other wall: above ~3 W a phone warms until it
// throttles.

// %%
const batteryRows = [15, 22].flatMap((wh) => [0.1, 0.25, 0.5, 1, 2, 3, 4, 5].map((w) => ({ power: w, battery: `${wh} Wh`, hours: batteryLife({ capacity: wh, power: w }).runtime.to("h") })));
show(layerChart(
  lineChart({ data: batteryRows, x: "power", y: "hours", series: "battery", title: "Battery runtime vs continuous power", xTitle: "Feature power (W, log scale)",
    yTitle: "Runtime (hours, log scale)", xScale: "log", yScale: "log", seriesTitle: "Battery", points: true }),
  ruleLayer({ y: 24, label: "a day" }),
));
show(getWorkedExample("WE-2.9"));
show(getWorkedExample("WE-2.10"));

// %% [markdown]
// ### Deciding, and the pitfalls
//
// The emergency-braking framework, the complexity tax, Amdahl's law on a camera pipeline and
// the data-scaling pitfall. The chart shows how little a faster model helps when it is only
// part of the pipeline.

// %%
const amdahlRows = [0.3, 0.5, 0.9].flatMap((p) => [1, 2, 5, 10, 20, 50, 100, 1000].map((s) => ({
  speedup: s, share: `model = ${p * 100} % of the pipeline`, overall: amdahlSpeedup({ acceleratedFraction: p, speedup: s }).speedup,
})));
show(lineChart({ data: amdahlRows, x: "speedup", y: "overall", series: "share", title: "Amdahl's law: overall speedup vs model speedup",
  xTitle: "Model speedup (×, log scale)", yTitle: "Overall speedup (×)", xScale: "log", seriesTitle: "Model share", points: true }));
show(getWorkedExample("WE-2.11"));
show(getWorkedExample("WE-2.12"));
show(getWorkedExample("WE-2.13"));
show(getWorkedExample("WE-2.15"));

// %% [markdown]
// ### Chapter 2's examples
//
// Every figure of every Chapter 2 worked example, the book's number beside the recomputed one.

// %%
show(chapterExamples(2));

// %% [markdown]
// ### More to try
//
// 1. In the TCO crossover, what DevOps share of an engineer makes the edge server lose even at
//    2 million inferences a day?
// 2. What feature power lets a 15 Wh phone last 24 hours with a 0.5 W baseline?
