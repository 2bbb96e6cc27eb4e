/** `mlsys-lab generate`: a scenario's dataset to files with manifests. */
import { InvalidParameterError } from "../util/errors";
import { MAX_ROWS } from "../synth/generate-columns";
import { InjectionSpec } from "../synth/injection-types";
import { SCENARIOS } from "../synth/scenarios";
import { DATASET_FORMATS, DatasetFormat } from "../synth/writers/dataset-format";
import { writeDataset, WrittenDataset } from "../synth/writers/write-dataset";
import { CliIo } from "./cli-io";
import { parseArgs } from "./parse-args";
import { parseCount, parseDrift, parseParams } from "./parse-values";
import { formatProgressBar } from "./progress-bar";
import { UsageError } from "./usage-error";

const OPTIONS = {
  rows: { value: true, short: "n" },
  seed: { value: true, short: "s" },
  format: { value: true, short: "f" },
  out: { value: true, short: "o" },
  partitions: { value: true, short: "k" },
  workers: { value: true, short: "w" },
  param: { value: true, repeat: true, short: "p" },
  drift: { value: true },
  name: { value: true },
  "chunk-rows": { value: true },
  progress: { value: true },
  quiet: { value: false, short: "q" },
  help: { value: false, short: "h" },
} as const;

/** A validated generate request. */
export interface GenerateRequest {
  scenario: string;
  rows: number;
  seed: number;
  format: DatasetFormat;
  out: string;
  partitions: number;
  /** Worker threads writing partitions at once (1: all on the main thread). */
  workers: number;
  params: Record<string, unknown>;
  drift: object[];
  name?: string;
  chunkRows?: number;
  progress: "auto" | "always" | "never";
  quiet: boolean;
}

/**
 * Parses and validates the arguments of `generate` (everything after the word
 * "generate"), including the scenario's parameters, before anything is written.
 *
 * @param argv - arguments
 * @returns the request, or "help" when --help was given
 * @throws UsageError naming the bad argument
 * @example
 * ```ts
 * parseGenerateArgs(["clickstream", "--rows", "10k", "--seed", "1", "--out", "d"]).rows; // 10000
 * ```
 */
export function parseGenerateArgs(argv: readonly string[]): GenerateRequest | "help" {
  const cmd = "generate";
  const { positionals, options } = parseArgs(cmd, argv, OPTIONS);
  if (options.has("help")) return "help";
  const one = (k: string): string | undefined => options.get(k)?.[0];
  if (positionals.length === 0) throw new UsageError(cmd, `missing <scenario>; one of ${Object.keys(SCENARIOS).join(", ")}`);
  if (positionals.length > 1) throw new UsageError(cmd, `one scenario expected; got ${positionals.map((p) => JSON.stringify(p)).join(" ")}`);
  const scenario = positionals[0];
  if (!(scenario in SCENARIOS)) throw new UsageError(cmd, `unknown scenario ${JSON.stringify(scenario)}; one of ${Object.keys(SCENARIOS).join(", ")}`);
  for (const required of ["rows", "seed", "out"]) {
    if (!options.has(required)) throw new UsageError(cmd, `--${required} is required`);
  }
  const rows = parseCount(cmd, "rows", one("rows") as string, 1, MAX_ROWS);
  const seed = parseCount(cmd, "seed", one("seed") as string, 0, Number.MAX_SAFE_INTEGER);
  const format = (one("format") ?? "parquet") as DatasetFormat;
  if (!DATASET_FORMATS.includes(format)) throw new UsageError(cmd, `--format must be one of ${DATASET_FORMATS.join(", ")}; got ${JSON.stringify(format)}`);
  const out = one("out") as string;
  if (out === "") throw new UsageError(cmd, "--out must be a directory path");
  const partitions = parseCount(cmd, "partitions", one("partitions") ?? "1", 1, rows);
  const workers = parseCount(cmd, "workers", one("workers") ?? "1", 1, 256);
  const chunk = one("chunk-rows");
  const chunkRows = chunk === undefined ? undefined : parseCount(cmd, "chunk-rows", chunk, 1, MAX_ROWS);
  const progress = one("progress") ?? "auto";
  if (progress !== "auto" && progress !== "always" && progress !== "never") {
    throw new UsageError(cmd, `--progress must be one of auto, always, never; got ${JSON.stringify(progress)}`);
  }
  const name = one("name");
  if (name !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new UsageError(cmd, `--name must be a file name of letters, digits, '.', '_' and '-'; got ${JSON.stringify(name)}`);
  }
  const params = parseParams(cmd, options.get("param") ?? []);
  try {
    SCENARIOS[scenario].resolve(params);
  } catch (e) {
    if (e instanceof InvalidParameterError) throw new UsageError(cmd, `--param: ${e.message}`);
    throw e;
  }
  const driftText = one("drift");
  const drift = driftText === undefined ? [] : parseDrift(cmd, driftText);
  if (workers > 1 && drift.length > 0) throw new UsageError(cmd, "--workers must be 1 with --drift (injections need the whole table in memory, on one thread)");
  return { scenario, rows, seed, format, out, partitions, workers, params, drift, name, chunkRows, progress, quiet: options.has("quiet") };
}

function humanBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} B`;
}

/**
 * Runs a generate request: writes the files, draws a progress bar on stderr when
 * asked (or in "auto" mode when stderr is a terminal), and prints one summary line per
 * file on stdout.
 *
 * @param request - from {@link parseGenerateArgs}
 * @param io - output streams
 * @returns what was written
 * @throws InvalidParameterError for bad drift specs; file-system and encoder errors
 * @example
 * ```ts
 * await runGenerate(parseGenerateArgs(["annotation_log", "-n", "100", "-s", "1", "-o", "/tmp/x", "-f", "csv"]) as GenerateRequest, io);
 * // stdout: "/tmp/x/annotation_log.csv  100 rows  10.2 kB  sha256 739871cadc3a…"
 * ```
 */
export async function runGenerate(request: GenerateRequest, io: CliIo): Promise<WrittenDataset> {
  const now = io.now ?? Date.now;
  const showBar = !request.quiet && (request.progress === "always" || (request.progress === "auto" && io.stderr.isTTY === true));
  const start = now();
  let lastDraw = -Infinity;
  let drawn = false;
  let lastLength = 0;
  let result: WrittenDataset;
  try {
    result = await writeDataset(SCENARIOS[request.scenario], {
      rows: request.rows,
      seed: request.seed,
      params: request.params,
      drift: request.drift as InjectionSpec[],
      format: request.format,
      outDir: request.out,
      name: request.name,
      partitions: request.partitions,
      workers: request.workers,
      chunkRows: request.chunkRows,
      onProgress: showBar
        ? (p) => {
          const t = now();
          if (p.rowsWritten < p.totalRows && t - lastDraw < 100) return;
          lastDraw = t;
          drawn = true;
          // Pad to the previous line's length so a shorter line leaves no stale characters.
          const line = formatProgressBar({ label: request.scenario, done: p.rowsWritten, total: p.totalRows, elapsedMs: t - start });
          io.stderr.write(`\r${line.padEnd(lastLength)}`);
          lastLength = line.length;
        }
        : undefined,
    });
  } finally {
    if (drawn) io.stderr.write("\n"); // end the bar's line, also when writing failed
  }
  if (!request.quiet) {
    for (const f of result.files) {
      io.stdout.write(`${f.path}  ${f.manifest.rows} rows  ${humanBytes(f.manifest.bytes)}  sha256 ${f.manifest.sha256.slice(0, 12)}…\n`);
    }
  }
  return result;
}
