/**
 * WE-6.13 "Embedding capacity wall" (book Ch. 6, seed 004 L11967–L12076).
 */
import { getHardware } from "../../constants/hardware";
import { getModel } from "../../constants/models";
import { fitsOnDevice } from "../../calc/memory/fits-on-device";
import { embeddingTable } from "../../calc/model/embedding";
import { parameterMemory } from "../../calc/model/numeric-format";
import { recordInput, workedExample } from "../worked-example";

const dlrm = getModel("DLRM");

/**
 * WE-6.13: user and item embedding tables against one A100.
 *
 * @example
 * ```ts
 * embeddingCapacityWallExample.compute().items.memory.to("GB") // 51.2
 * ```
 */
export const embeddingCapacityWallExample = workedExample({
  id: "WE-6.13",
  slug: "embedding-capacity-wall",
  title: "Embedding capacity wall",
  chapter: 6,
  section: "Chapter 6, DLRM: the capacity wall (napkin math)",
  lines: [11967, 12076],
  problem: "How much memory do a billion-user and a 100-million-item embedding table need, and do they fit on a GPU?",
  inputs: {
    users: { label: "users", value: 1e9, line: 11967 },
    items: { label: "items", value: 100e6, line: 12066 },
    dimension: { label: "embedding size", value: 128, line: 12068 },
    dlrmParams: recordInput("DLRM parameters", dlrm.params, dlrm, "params"),
  },
  compute: (i) => {
    const users = embeddingTable({ entries: i.users, dimension: i.dimension, precision: "fp32" });
    const items = embeddingTable({ entries: i.items, dimension: i.dimension, precision: "fp32" });
    return {
      users, items,
      onA100: fitsOnDevice({ required: items.memory, device: "A100" }),
      twoTables: fitsOnDevice({ required: items.memory.times(2), device: "A100" }),
      a100Capacity: getHardware("A100").memoryCapacity!,
      dlrm: parameterMemory({ params: i.dlrmParams, precision: "fp32" }),
    };
  },
  checks: [
    { name: "user table", printed: "≈ 512 GB", book: 512, unit: "GB", tolerance: 0, line: 11967, value: (r) => r.users.memory },
    { name: "DLRM in FP32", printed: "100 GB (FP32)", book: 100, unit: "GB", tolerance: 0, line: 12006, value: (r) => r.dlrm,
      note: "25 billion values × 4 B; the property card calls them 'entries', but 128-wide rows would make it 12.8 TB." },
    { name: "item table", printed: "≈ 51.2 GB", book: 51.2, unit: "GB", tolerance: 1e-12, line: 12072, value: (r) => r.items.memory },
    { name: "A100 memory in decimal GB", printed: "an 86 GB A100", book: 86, unit: "GB", tolerance: 2e-3, line: 12076, value: (r) => r.a100Capacity,
      note: "The A100 has 80 GiB = 85.9 GB; '86 GB' writes GiB as GB." },
    { name: "share of an A100", printed: "consumes 60%", book: 60, unit: "%", tolerance: 0.01, line: 12076, value: (r) => 100 * r.onA100.utilisation },
    { name: "a second table of the same size", printed: "cannot fit", book: "does not fit", line: 12076, value: (r) => (r.twoTables.fits ? "fits" : "does not fit") },
  ],
  conclusion: "Embedding tables are pure capacity: a single feature's table fills most of a GPU, so recommendation models are sharded across many devices and bound by the all-to-all exchange.",
});
