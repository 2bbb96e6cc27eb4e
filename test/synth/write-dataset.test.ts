/**
 * Streaming dataset writers: every format reads back to the values of an in-memory
 * generateTable run, whatever the chunking; same seed → same bytes; partitions,
 * manifests and bad options.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import {
  DatasetFormat, generateTable, groundTruthOf, libraryVersion, loadDataset, PARQUET_CREATED_BY, readManifest, SCENARIOS,
  tableToColumnArrays, writeDataset,
} from "../../src/synth";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlsys-write-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const sha = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const pkgVersion = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")).version as string;

describe("writeDataset round trips", () => {
  const cases: [string, DatasetFormat][] = [
    ["clickstream", "parquet"], ["clickstream", "arrow"], ["clickstream", "csv"],
    ["credit_applications", "csv"], ["streamrec_embeddings", "parquet"], ["streamrec_embeddings", "csv"],
    ["annotation_log", "arrow"], ["fraud_transactions", "parquet"],
  ];
  for (const [scenario, format] of cases) {
    it(`${scenario} as ${format}, written in 700-row chunks, loads back equal to generateTable`, async () => {
      const rows = 2000;
      const params = scenario === "streamrec_embeddings" ? { dim: 8 } : undefined;
      const out = await writeDataset(SCENARIOS[scenario], { rows, seed: 11, params, format, outDir: dir, name: `${scenario}-${format}`, chunkRows: 700 });
      expect(out.files).toHaveLength(1);
      const table = loadDataset(out.files[0].path);
      const expected = generateTable(SCENARIOS[scenario], { rows, seed: 11, params });
      expect(table.numRows).toBe(rows);
      expect(tableToColumnArrays(table, "ms")).toEqual(tableToColumnArrays(expected, "ms"));
      // Units survive in the field metadata.
      for (const f of expected.schema.fields) {
        expect(table.schema.fields.find((g) => g.name === f.name)?.metadata.get("unit")).toBe(f.metadata.get("unit"));
      }
    });
  }
});

describe("determinism", () => {
  for (const format of ["parquet", "arrow", "csv"] as const) {
    it(`${format}: same seed → same bytes; another seed → other bytes`, async () => {
      const write = async (seed: number, name: string) =>
        (await writeDataset(SCENARIOS.clickstream, { rows: 3000, seed, format, outDir: dir, name, chunkRows: 1000 })).files[0];
      const a = await write(5, `det-a-${format}`);
      const b = await write(5, `det-b-${format}`);
      const c = await write(6, `det-c-${format}`);
      expect(sha(a.path)).toBe(sha(b.path));
      expect(sha(a.path)).not.toBe(sha(c.path));
    });
  }

  it("CSV bytes do not depend on the chunk size", async () => {
    const a = await writeDataset(SCENARIOS.voice_queries, { rows: 2500, seed: 2, format: "csv", outDir: dir, name: "csv-chunk-a", chunkRows: 333 });
    const b = await writeDataset(SCENARIOS.voice_queries, { rows: 2500, seed: 2, format: "csv", outDir: dir, name: "csv-chunk-b" });
    expect(sha(a.files[0].path)).toBe(sha(b.files[0].path));
  });

  it(`the Parquet footer's created_by is the fixed "${PARQUET_CREATED_BY}" (no writer version)`, async () => {
    const f = (await writeDataset(SCENARIOS.serving_trace, { rows: 500, seed: 1, format: "parquet", outDir: dir, name: "footer" })).files[0];
    const bytes = fs.readFileSync(f.path);
    const footerLength = bytes.readUInt32LE(bytes.length - 8);
    const footer = bytes.subarray(bytes.length - 8 - footerLength, bytes.length - 8).toString("latin1");
    expect(bytes.subarray(bytes.length - 4).toString("latin1")).toBe("PAR1");
    expect(footer).toContain(PARQUET_CREATED_BY);
    expect(footer).not.toMatch(/parquet-rs|version \d/);
  });
});

describe("manifests", () => {
  it("records generator, scenario, resolved params, seed, version, format, schema with units, rows, bytes and sha256", async () => {
    const f = (await writeDataset(SCENARIOS.clickstream, { rows: 1234, seed: 9, params: { zipfExponent: 1.1 }, format: "arrow", outDir: dir, name: "man" })).files[0];
    const m = readManifest(f.path);
    expect(f.manifestPath).toBe(`${f.path}.manifest.json`);
    expect(m).toMatchObject({
      generator: "mlsys-lab.synth", prng: "philox4x32-10", scenario: "clickstream", seed: 9, rows: 1234, totalRows: 1234,
      partition: 0, partitions: 1, rowStart: 0, format: "arrow", file: "man.arrow", libraryVersion: pkgVersion,
    });
    expect(libraryVersion()).toBe(pkgVersion);
    expect(m.params.zipfExponent).toBe(1.1);
    expect(m.params.items).toBe(200000); // defaults are written out, not left implicit
    expect(m.bytes).toBe(fs.statSync(f.path).size);
    expect(m.sha256).toBe(sha(f.path));
    expect(m.schema.find((c) => c.name === "dwell_s")).toMatchObject({ type: "float64", unit: "s" });
    expect(m.schema.find((c) => c.name === "device")?.categories).toEqual(["mobile", "desktop", "tablet"]);
    expect(fs.readdirSync(dir).filter((x) => x.includes(".tmp-"))).toEqual([]);
  });

  it("drift: the ground truth goes into the manifest and the file's schema metadata", async () => {
    const drift = [{ kind: "nullBurst" as const, columns: ["amount_usd"], rows: [100, 200] as [number, number] }];
    const f = (await writeDataset(SCENARIOS.fraud_transactions, { rows: 1000, seed: 3, drift, format: "parquet", outDir: dir, name: "drift", chunkRows: 300 })).files[0];
    const m = readManifest(f.path);
    expect(m.drift).toEqual(drift);
    expect(m.groundTruth).toHaveLength(1);
    expect(m.groundTruth[0]).toMatchObject({ kind: "nullBurst", columns: ["amount_usd"], rowRange: [100, 200], affectedRows: 100 });
    const t = loadDataset(f.path);
    expect(groundTruthOf(t)).toEqual(m.groundTruth);
    expect(t.getChild("amount_usd")?.nullCount).toBe(100);
  });
});

describe("partitions", () => {
  it("k files at ⌊i·n/k⌋ under <out>/<name>/, each with its manifest, together equal to one file", async () => {
    const rows = 1001;
    const out = await writeDataset(SCENARIOS.drifting_features, { rows, seed: 4, format: "parquet", outDir: dir, name: "parts", partitions: 3, chunkRows: 200 });
    expect(out.files.map((f) => path.relative(dir, f.path))).toEqual(["parts/part-00000.parquet", "parts/part-00001.parquet", "parts/part-00002.parquet"]);
    expect(out.files.map((f) => [f.manifest.rowStart, f.manifest.rows, f.manifest.partition, f.manifest.partitions])).toEqual([[0, 333, 0, 3], [333, 334, 1, 3], [667, 334, 2, 3]]);
    const whole = tableToColumnArrays(generateTable(SCENARIOS.drifting_features, { rows, seed: 4 }), "ms");
    const parts = out.files.map((f) => tableToColumnArrays(loadDataset(f.path), "ms"));
    for (const name of Object.keys(whole)) expect(parts.flatMap((p) => p[name])).toEqual(whole[name]);
    expect(out.rows).toBe(rows);
    expect(out.bytes).toBe(out.files.reduce((s, f) => s + fs.statSync(f.path).size, 0));
  });

  it("reports progress after every chunk, ending at the total", async () => {
    const seen: number[] = [];
    await writeDataset(SCENARIOS.clickstream, { rows: 1000, seed: 1, format: "csv", outDir: dir, name: "prog", partitions: 2, chunkRows: 300, onProgress: (p) => seen.push(p.rowsWritten) });
    expect(seen).toEqual([300, 500, 800, 1000]);
  });
});

describe("bad options", () => {
  const base = { rows: 10, seed: 1, format: "csv" as DatasetFormat, outDir: dir };
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["format", { format: "xlsx" }, /writeDataset: format must be one of "parquet", "arrow", "csv"; got "xlsx"/],
    ["partitions", { partitions: 11 }, /writeDataset: partitions must be an integer in \[1, rows = 10\]; got 11/],
    ["chunkRows", { chunkRows: 0 }, /writeDataset: chunkRows must be an integer ≥ 1; got 0/],
    ["name", { name: "../escape" }, /writeDataset: name must be a file name of letters, digits, '\.', '_' and '-'; got "\.\.\/escape"/],
    ["rows", { rows: 2.5 }, /writeDataset: rows must be an integer ≥ 1; got 2\.5/],
    ["outDir", { outDir: "" }, /writeDataset: outDir must be a directory path; got ""/],
  ];
  for (const [param, patch, message] of cases) {
    it(`${param} is rejected with InvalidParameterError naming it`, async () => {
      const p = writeDataset(SCENARIOS.clickstream, { ...base, ...patch } as never);
      await expect(p).rejects.toThrow(InvalidParameterError);
      await expect(writeDataset(SCENARIOS.clickstream, { ...base, ...patch } as never)).rejects.toThrow(message);
    });
  }

  it("a bad scenario parameter names the scenario and the parameter, and writes nothing", async () => {
    const out = path.join(dir, "nothing");
    await expect(writeDataset(SCENARIOS.clickstream, { ...base, outDir: out, params: { zipfExponent: -1 } })).rejects.toThrow(/clickstream: zipfExponent must be a finite number ≥ 0; got -1/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
