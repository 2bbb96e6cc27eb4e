/** loadDataset / verifyDataset refuse files that do not match their manifests. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetIntegrityError, datasetFiles, loadDataset, readManifest, SCENARIOS, verifyDataset, writeDataset } from "../../src/synth";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlsys-load-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const files: Record<string, string> = {};
beforeAll(async () => {
  for (const format of ["parquet", "arrow", "csv"] as const) {
    files[format] = (await writeDataset(SCENARIOS.annotation_log, { rows: 400, seed: 8, format, outDir: dir, name: `base-${format}` })).files[0].path;
  }
});

function copy(format: string, name: string): string {
  const src = files[format];
  const dst = path.join(dir, `${name}${path.extname(src)}`);
  fs.copyFileSync(src, dst);
  const m = JSON.parse(fs.readFileSync(`${src}.manifest.json`, "utf8"));
  m.file = path.basename(dst);
  fs.writeFileSync(`${dst}.manifest.json`, JSON.stringify(m));
  return dst;
}

function caught(f: () => unknown): DatasetIntegrityError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetIntegrityError);
    return e as DatasetIntegrityError;
  }
  throw new Error("expected a DatasetIntegrityError");
}

describe("loadDataset integrity checks", () => {
  for (const format of ["parquet", "arrow", "csv"]) {
    it(`${format}: an intact file loads and verifies`, () => {
      expect(loadDataset(files[format]).numRows).toBe(400);
      expect(verifyDataset(files[format]).rows).toBe(400);
    });

    it(`${format}: one flipped byte fails the sha256 check, naming the file, expected and actual hashes`, () => {
      const f = copy(format, `flip-${format}`);
      const bytes = fs.readFileSync(f);
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      fs.writeFileSync(f, bytes);
      const expected = readManifest(f).sha256;
      for (const load of [loadDataset, verifyDataset]) {
        const e = caught(() => load(f));
        expect(e.check).toBe("sha256");
        expect(e.file).toBe(f);
        expect(e.expected).toBe(expected);
        expect(e.actual).toMatch(/^[0-9a-f]{64}$/);
        expect(e.actual).not.toBe(expected);
        expect(e.message).toContain(`${f} failed its sha256 check: expected ${expected}, got ${e.actual}`);
      }
    });
  }

  it("a truncated file fails the size check", () => {
    const f = copy("parquet", "truncated");
    const bytes = fs.readFileSync(f);
    fs.writeFileSync(f, bytes.subarray(0, bytes.length - 100));
    const e = caught(() => loadDataset(f));
    expect(e.check).toBe("bytes");
    expect(e.message).toContain(`expected ${bytes.length} bytes, got ${bytes.length - 100} bytes`);
  });

  it("a missing manifest is refused with a hint", () => {
    const f = path.join(dir, "orphan.arrow");
    fs.copyFileSync(files.arrow, f);
    const e = caught(() => loadDataset(f));
    expect(e.check).toBe("manifest");
    expect(e.message).toMatch(/orphan\.arrow failed its manifest check: expected a manifest at .*orphan\.arrow\.manifest\.json, got no such file/);
  });

  it("a manifest written for another file is refused", () => {
    const f = path.join(dir, "renamed.csv");
    fs.copyFileSync(files.csv, f);
    fs.copyFileSync(`${files.csv}.manifest.json`, `${f}.manifest.json`);
    const e = caught(() => loadDataset(f));
    expect(e.check).toBe("manifest");
    expect(e.message).toContain("expected a manifest for renamed.csv, got one for base-csv.csv");
  });

  it("a manifest that is not JSON, or lacks fields, is refused", () => {
    const f = copy("arrow", "badjson");
    fs.writeFileSync(`${f}.manifest.json`, "{ nope");
    expect(caught(() => loadDataset(f)).check).toBe("manifest");
    fs.writeFileSync(`${f}.manifest.json`, JSON.stringify({ scenario: "annotation_log" }));
    expect(caught(() => loadDataset(f)).message).toMatch(/missing seed, rows, format, bytes, sha256, schema, params/);
  });

  it("a manifest whose row count disagrees with a file that hashes correctly fails the rows check", () => {
    const f = copy("parquet", "rows");
    const m = JSON.parse(fs.readFileSync(`${f}.manifest.json`, "utf8"));
    m.rows = 399;
    fs.writeFileSync(`${f}.manifest.json`, JSON.stringify(m));
    const e = caught(() => loadDataset(f));
    expect(e.check).toBe("rows");
    expect(e.message).toContain("expected 399 rows, got 400 rows");
  });

  it("datasetFiles lists the data files that have manifests", () => {
    expect(datasetFiles(dir).map((f) => path.basename(f))).toEqual(expect.arrayContaining(["base-arrow.arrow", "base-csv.csv", "base-parquet.parquet"]));
    expect(datasetFiles(dir).every((f) => fs.existsSync(`${f}.manifest.json`))).toBe(true);
  });
});
