/**
 * writeDataset with worker threads writes the same files as the single-thread run.
 * Workers load the compiled library, so the threaded runs drive lib/ (build it first:
 * npx tsc -p tsconfig.build.json) and are compared with writeDataset from the TypeScript
 * sources, which also catches a stale lib/.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SCENARIOS, writeDataset, WriteProgress } from "../../src/synth";
import { InvalidParameterError } from "../../src/util/errors";
import { libSynth } from "./helpers";


const root = fs.mkdtempSync(path.join(os.tmpdir(), "mlsys-workers-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const ROWS = 10_007;
const base = { rows: ROWS, seed: 11, partitions: 5, chunkRows: 1500 };

/** Every file under dir (data and manifests) with its bytes, by path relative to dir. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    out[path.relative(dir, full)] = fs.readFileSync(full).toString("base64");
  }
  return out;
}

describe("writeDataset with workers", () => {
  for (const format of ["parquet", "arrow", "csv"] as const) {
    it(`${format}: 3 worker threads write the bytes of the single-thread run, file for file`, async () => {
      const single = path.join(root, `${format}-1`);
      const threaded = path.join(root, `${format}-3`);
      const one = await writeDataset(SCENARIOS.clickstream, { ...base, format, outDir: single });
      const progress: WriteProgress[] = [];
      const three = await libSynth().writeDataset(libSynth().SCENARIOS.clickstream, { ...base, format, outDir: threaded, workers: 3, onProgress: (p) => progress.push({ ...p }) });
      expect(snapshot(threaded)).toEqual(snapshot(single));
      expect(Object.keys(snapshot(single))).toHaveLength(10);
      expect(three.files.map((f) => f.manifest.partition)).toEqual([0, 1, 2, 3, 4]);
      expect(three.files.map((f) => f.manifest.sha256)).toEqual(one.files.map((f) => f.manifest.sha256));
      expect(three.bytes).toBe(one.bytes);
      // One report per chunk: 5 partitions of 2,001–2,002 rows in chunks of 1,500.
      expect(progress).toHaveLength(10);
      expect(progress.map((p) => p.rowsWritten)).toEqual([...progress.map((p) => p.rowsWritten)].sort((a, b) => a - b));
      expect(progress[progress.length - 1]).toMatchObject({ rowsWritten: ROWS, totalRows: ROWS });
      expect(new Set(progress.map((p) => path.basename(p.file))).size).toBe(5);
    });
  }

  it("uses at most `partitions` threads, and the calling thread for one partition", async () => {
    const many = await libSynth().writeDataset(libSynth().SCENARIOS.fraud_transactions, { rows: 3000, seed: 2, format: "csv", outDir: path.join(root, "many"), partitions: 2, workers: 8 });
    expect(many.files).toHaveLength(2);
    const single = await writeDataset(SCENARIOS.fraud_transactions, { rows: 3000, seed: 2, format: "csv", outDir: path.join(root, "single"), workers: 4 });
    expect(single.files.map((f) => path.basename(f.path))).toEqual(["fraud_transactions.csv"]);
  });

  it.each([
    [{ workers: 0 }, /writeDataset: workers must be an integer ≥ 1; got 0/],
    [{ workers: 1.5 }, /writeDataset: workers must be an integer ≥ 1; got 1.5/],
    [{ workers: 257 }, /writeDataset: workers must be an integer in \[1, 256\]; got 257/],
    [{ workers: 2, drift: [{ kind: "nullBurst", columns: ["dwell_s"], rows: [0, 10] }] }, /writeDataset: workers must be 1 when drift is injected/],
  ])("rejects %o with an error naming workers", async (extra, message) => {
    const run = writeDataset(SCENARIOS.clickstream, { ...base, format: "csv", outDir: path.join(root, "never"), ...(extra as object) });
    await expect(run).rejects.toThrow(InvalidParameterError);
    await expect(writeDataset(SCENARIOS.clickstream, { ...base, format: "csv", outDir: path.join(root, "never"), ...(extra as object) })).rejects.toThrow(message);
    expect(fs.existsSync(path.join(root, "never"))).toBe(false);
  });

  it("rejects workers > 1 for a scenario outside SCENARIOS (threads find scenarios by name)", async () => {
    const custom = { ...SCENARIOS.clickstream, name: "my_clicks" };
    await expect(writeDataset(custom, { ...base, format: "csv", outDir: path.join(root, "custom"), workers: 2 })).rejects.toThrow(/workers must be 1 for a scenario outside SCENARIOS/);
  });

  it("a partition that fails rejects the call after the ones in flight finish, names the partition, and leaves no temporary files", async () => {
    const out = path.join(root, "fail");
    // A directory where partition 2's file should go makes its final rename fail in the worker.
    fs.mkdirSync(path.join(out, "clickstream", "part-00002.csv"), { recursive: true });
    await expect(libSynth().writeDataset(libSynth().SCENARIOS.clickstream, { ...base, format: "csv", outDir: out, workers: 2 })).rejects.toThrow(/writeDataset: writing partition 2 failed: Error: .*part-00002\.csv/);
    const written = fs.readdirSync(path.join(out, "clickstream"));
    expect(written.filter((f) => f.includes(".tmp-"))).toEqual([]);
    // Partitions already being written when 2 failed were finished, manifests included.
    const dataFiles = written.filter((f) => f.endsWith(".csv") && fs.statSync(path.join(out, "clickstream", f)).isFile());
    expect(dataFiles.length).toBeGreaterThan(0);
    for (const f of dataFiles) expect(written).toContain(`${f}.manifest.json`);
  });
});
