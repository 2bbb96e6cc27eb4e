/**
 * WE-4.14 "KWS tiered storage": the 736 GB keyword-spotting corpus on object storage
 * and on NVMe (book Ch. 4, Table 4.3, seed 004 L6871–L6873, L7424).
 */
import { storageTierCost } from "../../calc/data/storage-tier-cost";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** WE-4.14: $17/month on object storage, $74–221 on NVMe; 147 s against 7,360 s to load (50×). */
export const kwsTieredStorageExample = workedExample({
  id: "WE-4.14",
  slug: "kws-tiered-storage",
  title: "Keyword spotting: tiered storage for a 736 GB corpus",
  chapter: 4,
  section: "Chapter 4, Storage tiers (Table 4.3)",
  lines: [6871, 7424],
  problem: "What do object storage and NVMe cost per month for the 736 GB KWS corpus, and how long does one load take from each?",
  inputs: {
    corpus: { label: "KWS training set", value: q(736, "GB"), line: 6871 },
    objectPrice: { label: "Object storage (S3 Standard)", value: q(23, "USD/TB/month"), line: 5770 },
    nvmeLow: { label: "NVMe, low end (Table 4.3)", value: q(100, "USD/TB/month"), line: 6793 },
    nvmeHigh: { label: "NVMe, high end (Table 4.3)", value: q(300, "USD/TB/month"), line: 6793 },
    nvmeRead: { label: "NVMe load rate", value: q(5, "GB/s"), line: 6873 },
    objectRead: { label: "Typical object-storage rate", value: q(100, "MB/s"), line: 7424 },
  },
  compute: (i) => {
    const tier = (pricePerTbMonth: typeof i.objectPrice, readBandwidth: typeof i.nvmeRead) => storageTierCost({ volume: i.corpus, pricePerTbMonth, readBandwidth });
    const object = tier(i.objectPrice, i.objectRead);
    const nvmeLow = tier(i.nvmeLow, i.nvmeRead);
    return { object, nvmeLow, nvmeHigh: tier(i.nvmeHigh, i.nvmeRead), loadSpeedup: object.loadTime.ratio(nvmeLow.loadTime) };
  },
  checks: [
    { name: "object storage per month", printed: "$17/month", book: 17, unit: "USD/month", tolerance: 0.005, line: 6871, value: (r) => r.object.monthlyCost, note: "$16.93, rounded." },
    { name: "NVMe per month, low end", printed: "$74–221/month", book: 74, unit: "USD/month", tolerance: 0.006, line: 6871, value: (r) => r.nvmeLow.monthlyCost, note: "$73.60." },
    { name: "NVMe per month, high end", printed: "221", book: 221, unit: "USD/month", tolerance: 0.001, line: 6871, value: (r) => r.nvmeHigh.monthlyCost, note: "$220.80." },
    { name: "load at 5 GB/s", printed: "147 seconds", book: 147, unit: "s", tolerance: 0.002, line: 6873, value: (r) => r.nvmeLow.loadTime },
    { name: "load at object-storage speed", printed: "7,360 seconds", book: 7360, unit: "s", tolerance: 1e-12, line: 6873, value: (r) => r.object.loadTime },
    { name: "loading speedup", printed: "50× difference", book: 50, unit: "×", tolerance: 1e-12, line: 6873, value: (r) => r.loadSpeedup },
  ],
  conclusion: "Keep the archive on cheap object storage and the working set on NVMe: a few dollars a month buys a 50× faster load, which is what sets the iteration speed.",
});
