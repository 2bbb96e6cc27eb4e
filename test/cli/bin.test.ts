/**
 * The installed launcher, bin/mlsys-lab.js → lib/cli (run `npm run build` first;
 * `npm test` does). Spawned without a terminal, as a user's script would run it.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin", "mlsys-lab.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlsys-bin-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir });
}

beforeAll(() => {
  if (!fs.existsSync(path.join(root, "lib", "cli", "index.js"))) throw new Error("lib/cli is missing: run `npm run build` before this test");
});

describe("bin/mlsys-lab.js", () => {
  it("is executable and declared in package.json", () => {
    expect(fs.statSync(bin).mode & 0o111).not.toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).bin).toEqual({ "mlsys-lab": "bin/mlsys-lab.js" });
  });

  it("generate exits 0, writes relative to the working directory, and draws no bar without a terminal", () => {
    const r = cli("generate", "serving_trace", "--rows", "2000", "--seed", "7", "--format", "arrow", "--out", "out");
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^out\/serving_trace\.arrow  2000 rows  .* sha256 [0-9a-f]{12}…\n$/);
    expect(fs.existsSync(path.join(dir, "out", "serving_trace.arrow.manifest.json"))).toBe(true);
    expect(fs.readdirSync(path.join(dir, "out")).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("--workers writes the partitions on threads, byte for byte the files of one thread", () => {
    const args = ["generate", "clickstream", "--rows", "6000", "--seed", "4", "--partitions", "3", "--quiet"];
    expect(cli(...args, "--out", "w1").status).toBe(0);
    const r = cli(...args, "--out", "w2", "--workers", "2");
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    for (const part of ["part-00000", "part-00001", "part-00002"]) {
      const file = (d: string) => fs.readFileSync(path.join(dir, d, "clickstream", `${part}.parquet`));
      expect(file("w2").equals(file("w1"))).toBe(true);
    }
  });

  it("bad arguments: exit 2 and one line on stderr", () => {
    const r = cli("generate", "clickstream", "--rows", "-5", "--seed", "1", "--out", "x");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('mlsys-lab generate: --rows must be an integer in [1, 2147483647]; got "-5"\n');
  });

  it("--help lists the scenarios and their parameters", () => {
    const r = cli("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("annotation_log — ");
    expect(r.stdout).toContain("kappaStart = 0.85  ");
  });
});
