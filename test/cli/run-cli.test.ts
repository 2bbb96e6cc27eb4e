/** The CLI in-process: exit codes, one-line errors, stdout summary, progress on demand. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CliIo, runCli } from "../../src/cli";
import { loadDataset, readManifest } from "../../src/synth";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlsys-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], isTTY = false): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: { write: (s: string) => { out += s; } }, stderr: { write: (s: string) => { err += s; }, isTTY } };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe("runCli", () => {
  it("generate writes the file and its manifest and prints one summary line", async () => {
    const r = await run(["generate", "voice_queries", "--rows", "1k", "--seed", "3", "--format", "csv", "--out", dir, "--param", "peakToAverage=3"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const file = path.join(dir, "voice_queries.csv");
    expect(r.out).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}  1000 rows  [\\d.]+ kB  sha256 [0-9a-f]{12}…\\n$`));
    expect(readManifest(file).params.peakToAverage).toBe(3);
    expect(loadDataset(file).numRows).toBe(1000);
  });

  it("partitions and drift from a file", async () => {
    const spec = path.join(dir, "drift.json");
    fs.writeFileSync(spec, JSON.stringify([{ kind: "outOfRange", column: "age", value: 150, rows: [0, 5] }]));
    const r = await run(["generate", "credit_applications", "-n", "90", "-s", "1", "-o", dir, "-k", "3", "--drift", `@${spec}`, "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    const parts = ["part-00000", "part-00001", "part-00002"].map((p) => path.join(dir, "credit_applications", `${p}.parquet`));
    expect(parts.map((p) => readManifest(p).rows)).toEqual([30, 30, 30]);
    expect(readManifest(parts[0]).groundTruth[0]).toMatchObject({ kind: "outOfRange", affectedRows: 5 });
    expect(loadDataset(parts[0]).getChild("age")?.get(0)).toBe(150);
  });

  it("no progress bar without a terminal; a bar on stderr with one, or with --progress always", async () => {
    const plain = await run(["generate", "clickstream", "--rows", "3000", "--seed", "1", "--out", dir, "--name", "p0", "--chunk-rows", "1000"]);
    expect(plain.err).toBe("");
    const tty = await run(["generate", "clickstream", "--rows", "3000", "--seed", "1", "--out", dir, "--name", "p1", "--chunk-rows", "1000"], true);
    expect(tty.err).toMatch(/^\rclickstream \[[#.]+\] +\d+% .*\n$/s);
    expect(tty.err).toMatch(/100% 3.0k\/3.0k rows .* done *\n$/);
    // Each redraw is at least as long as the one before, so no stale characters remain.
    const draws = tty.err.split("\r").slice(1);
    draws.slice(1).forEach((d, i) => expect(d.replace(/\n$/, "").length).toBeGreaterThanOrEqual(draws[i].length));
    const always = await run(["generate", "clickstream", "--rows", "3000", "--seed", "1", "--out", dir, "--name", "p2", "--progress", "always"]);
    expect(always.err).toContain("100% 3.0k/3.0k rows");
    const never = await run(["generate", "clickstream", "--rows", "3000", "--seed", "1", "--out", dir, "--name", "p3", "--progress", "never"], true);
    expect(never.err).toBe("");
  });

  const usage: [string[], string][] = [
    [["generate", "nope", "--rows", "1", "--seed", "1", "--out", "x"], 'mlsys-lab generate: unknown scenario "nope"; one of clickstream, '],
    [["generate", "clickstream", "--rows", "0", "--seed", "1", "--out", "x"], 'mlsys-lab generate: --rows must be an integer in [1, 2147483647]; got "0"'],
    [["generate", "clickstream", "--rows", "ten", "--seed", "1", "--out", "x"], 'got "ten"'],
    [["generate", "clickstream", "--rows", "5", "--seed", "-1", "--out", "x"], 'mlsys-lab generate: --seed must be an integer in [0, 9007199254740991]; got "-1"'],
    [["generate", "clickstream", "--rows", "5", "--seed", "1", "--out", "x", "--format", "xlsx"], 'mlsys-lab generate: --format must be one of parquet, arrow, csv; got "xlsx"'],
    [["generate", "clickstream", "--rows", "5", "--seed", "1"], "mlsys-lab generate: --out is required"],
    [["generate", "clickstream", "--rows", "5", "--seed", "1", "--out", "x", "--partitions", "6"], 'mlsys-lab generate: --partitions must be an integer in [1, 5]; got "6"'],
    [["generate", "clickstream", "--rows", "5", "--seed", "1", "--out", "x", "--workers", "0"], 'mlsys-lab generate: --workers must be an integer in [1, 256]; got "0"'],
    [["generate", "clickstream", "--rows", "5", "--seed", "1", "--out", "x", "-w", "2", "--drift", '{"kind":"nullBurst","columns":["dwell_s"]}'], "mlsys-lab generate: --workers must be 1 with --drift"],
    [["generate", "clickstream", "--rows", "5", "--seed", "1", "--out", "x", "--param", "zipfExponent=-2"], "mlsys-lab generate: --param: clickstream: zipfExponent must be a finite number ≥ 0; got -2"],
    [["generate", "clickstream", "--rows", "5", "--seed", "1", "--out", "x", "--param", "colour=red"], 'unknown name; got "colour"'],
    [["generate", "clickstream", "--rows", "5", "--seed", "1", "--out", "x", "--drift", '[{"kind":"nullBurst","columns":["nope"]}]'], 'mlsys-lab generate: injectDrift: specs[0].columns must be one of the columns'],
    [["generate"], "mlsys-lab generate: missing <scenario>"],
    [["frob"], 'mlsys-lab: unknown command "frob"'],
    [["help", "frob"], 'mlsys-lab help: unknown topic "frob"'],
    [["list", "extra"], "mlsys-lab list: takes no arguments"],
    [["verify"], "mlsys-lab verify: missing FILE"],
  ];
  for (const [argv, message] of usage) {
    it(`exit 2 and one line for: ${argv.join(" ")}`, async () => {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toContain(message);
      expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    });
  }

  it("exit 2 writes nothing for a bad drift spec", async () => {
    const out = path.join(dir, "never");
    await run(["generate", "clickstream", "--rows", "5", "--seed", "1", "--out", out, "--drift", '{"kind":"nope"}']);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("exit 1 with one line when writing fails (output directory is a file)", async () => {
    const blocker = path.join(dir, "blocker");
    fs.writeFileSync(blocker, "");
    const r = await run(["generate", "clickstream", "--rows", "5", "--seed", "1", "--out", path.join(blocker, "sub")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^mlsys-lab generate: failed: .*(ENOTDIR|EEXIST).*\n$/);
  });

  it("verify: 0 for intact files, 1 with the integrity message for a changed one", async () => {
    await run(["generate", "annotation_log", "--rows", "200", "--seed", "1", "--format", "arrow", "--out", dir, "--quiet"]);
    const file = path.join(dir, "annotation_log.arrow");
    const ok = await run(["verify", file]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^ok  .*annotation_log\.arrow  200 rows  sha256 [0-9a-f]{12}…\n$/);
    fs.appendFileSync(file, "x");
    const bad = await run(["verify", file]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("annotation_log.arrow failed its bytes check");
  });

  it("help, --help, list and --version exit 0", async () => {
    expect((await run(["--help"])).out).toContain("mlsys-lab generate <scenario> --rows N --seed S --out DIR");
    expect((await run([])).code).toBe(0);
    expect((await run(["help", "fraud_transactions"])).out).toContain("fraud_transactions — ");
    expect((await run(["generate", "--help"])).out).toMatch(/^Usage: mlsys-lab generate/);
    const list = await run(["list"]);
    expect(list.out.trimEnd().split("\n").map((l) => l.split("\t")[0])).toEqual([
      "clickstream", "streamrec_embeddings", "streamrec_interactions", "credit_applications", "voice_queries",
      "serving_trace", "drifting_features", "fraud_transactions", "annotation_log",
    ]);
    expect((await run(["--version"])).out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
