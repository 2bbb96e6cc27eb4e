/** Help texts of the mlsys-lab command line. */
import { Scenario } from "../synth/scenario";
import { SCENARIOS } from "../synth/scenarios";
import { DATASET_FORMATS } from "../synth/writers/dataset-format";
import { DEFAULT_CHUNK_ROWS } from "../synth/writers/write-dataset";
import { paramDocs } from "./param-docs";

/** Synopsis of the generate command. */
export const GENERATE_USAGE =
  "mlsys-lab generate <scenario> --rows N --seed S --out DIR [--format parquet|arrow|csv] [--partitions k] [--workers w] [--param name=value]... [--drift JSON|@file] [--name NAME] [--chunk-rows N] [--progress auto|always|never] [--quiet]";

function defaultText(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * The parameter lines of one scenario: `name = default  description`.
 *
 * @param scenario - a scenario
 * @param indent - leading spaces
 * @example
 * ```ts
 * scenarioParameterLines(SCENARIOS.annotation_log, "  ")[0];
 * // "  days = 180  Days the log covers; 180 (six months, L6133)."
 * ```
 */
export function scenarioParameterLines(scenario: Scenario<any>, indent: string): string[] {
  const defaults = scenario.defaults as Record<string, unknown>;
  const docs = paramDocs(Object.keys(defaults));
  return Object.entries(defaults).map(([k, v]) => `${indent}${k} = ${defaultText(v)}${docs[k] ? `  ${docs[k]}` : ""}`);
}

/**
 * Full help of one scenario: title, source, columns (type, unit) and parameters.
 *
 * @param name - a key of SCENARIOS
 * @returns the text, ending in a newline
 * @example
 * ```ts
 * scenarioHelp("clickstream").split("\n")[0]; // "clickstream — Clickstream events (ETL vs ELT windows)"
 * ```
 */
export function scenarioHelp(name: string): string {
  const s = SCENARIOS[name];
  const columns = s.columns.map((c) => `    ${c.name}  ${c.type}${c.unit ? ` [${c.unit}]` : ""}  ${c.description}`);
  return [
    `${name} — ${s.title}`,
    `  source: ${s.source}`,
    "  columns:",
    ...columns,
    "  parameters (--param name=value, values in JSON; strings may be bare):",
    ...scenarioParameterLines(s, "    "),
    "",
  ].join("\n");
}

/**
 * Help of the generate command, with every scenario and its parameters.
 *
 * @example
 * ```ts
 * generateHelp().startsWith("Usage: mlsys-lab generate <scenario>"); // true
 * ```
 */
export function generateHelp(): string {
  return [
    `Usage: ${GENERATE_USAGE}`,
    "",
    "Generates a synthetic dataset and writes it with a manifest (<file>.manifest.json) beside each file.",
    "",
    "Options:",
    "  --rows N              rows to generate, an integer ≥ 1 (50000, 5e4, 50_000, 50k and 10M are accepted)",
    "  --seed S              seed, an integer in [0, 2^53); the same seed gives the same bytes",
    "  --out DIR             output directory (created if missing)",
    `  --format F            ${DATASET_FORMATS.join(", ")} (default parquet)`,
    "  --partitions k        write k files DIR/<name>/part-00000.<ext> … instead of one (default 1)",
    "  --workers w           write up to w partitions at once on worker threads (default 1; same bytes;",
    "                        each thread holds about one chunk in memory; not with --drift)",
    "  --param name=value    scenario parameter (repeatable); value is JSON or a bare string",
    "  --drift JSON|@file    drift/fault injections: a JSON array of specs (or one spec), or @path to a JSON file;",
    "                        the table is then built in memory before it is written",
    "  --name NAME           base file name (default: the scenario name)",
    `  --chunk-rows N        rows per Arrow batch / Parquet row group (default ${DEFAULT_CHUNK_ROWS})`,
    "  --progress MODE       auto (a bar on stderr when it is a terminal), always or never",
    "  --quiet               no progress bar and no summary",
    "",
    "Exit status: 0 on success, 2 for bad arguments, 1 when writing fails.",
    "",
    "Scenarios (mlsys-lab help <scenario> shows columns too):",
    ...Object.values(SCENARIOS).flatMap((s) => [`  ${s.name} — ${s.title}`, ...scenarioParameterLines(s, "      ")]),
    "",
  ].join("\n");
}

/**
 * Top-level help.
 *
 * @example
 * ```ts
 * mainHelp().split("\n")[0]; // "mlsys-lab — synthetic datasets for Machine Learning Systems"
 * ```
 */
export function mainHelp(): string {
  return [
    "mlsys-lab — synthetic datasets for Machine Learning Systems",
    "",
    "Usage:",
    `  ${GENERATE_USAGE}`,
    "  mlsys-lab list                      scenarios, one per line",
    "  mlsys-lab help [scenario|command]   this help, a scenario's columns and parameters, or a command's options",
    "  mlsys-lab verify FILE...            check files against their manifests (size, sha256, rows, schema)",
    "  mlsys-lab --version",
    "",
    generateHelp().split("\n").slice(2).join("\n"),
  ].join("\n");
}
