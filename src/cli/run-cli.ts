/** The mlsys-lab command line: dispatch, help, and exit codes. */
import { InvalidParameterError } from "../util/errors";
import { SCENARIOS } from "../synth/scenarios";
import { DatasetIntegrityError } from "../synth/writers/dataset-integrity-error";
import { verifyDataset } from "../synth/writers/load-dataset";
import { libraryVersion } from "../synth/writers/library-version";
import { CliIo } from "./cli-io";
import { parseGenerateArgs, runGenerate } from "./generate-command";
import { generateHelp, mainHelp, scenarioHelp } from "./help-text";
import { UsageError } from "./usage-error";

/** Exit status for success. */
export const EXIT_OK = 0;
/** Exit status when the work itself failed (I/O, integrity, encoder). */
export const EXIT_FAILURE = 1;
/** Exit status for bad arguments. */
export const EXIT_USAGE = 2;

const defaultIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr });

function help(topic: string | undefined, io: CliIo): number {
  if (topic === undefined) io.stdout.write(mainHelp());
  else if (topic === "generate") io.stdout.write(generateHelp());
  else if (topic in SCENARIOS) io.stdout.write(scenarioHelp(topic));
  else if (topic === "list" || topic === "verify" || topic === "help") io.stdout.write(mainHelp());
  else throw new UsageError("help", `unknown topic ${JSON.stringify(topic)}; a command (generate, list, verify) or a scenario (${Object.keys(SCENARIOS).join(", ")})`);
  return EXIT_OK;
}

function verify(files: readonly string[], io: CliIo): number {
  if (files.length === 0) throw new UsageError("verify", "missing FILE");
  let failed = 0;
  for (const f of files) {
    try {
      const m = verifyDataset(f);
      io.stdout.write(`ok  ${f}  ${m.rows} rows  sha256 ${m.sha256.slice(0, 12)}…\n`);
    } catch (e) {
      if (!(e instanceof DatasetIntegrityError)) throw e;
      io.stderr.write(`mlsys-lab verify: ${e.message}\n`);
      failed++;
    }
  }
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

/**
 * Runs the mlsys-lab command line and returns its exit status (it never calls
 * process.exit, so tests and notebooks can call it). Commands: `generate`, `list`,
 * `help [topic]`, `verify FILE...`, `--help`, `--version`. Bad arguments print one line
 * on stderr and give {@link EXIT_USAGE} (2); failures while working print one line and
 * give {@link EXIT_FAILURE} (1).
 *
 * @param argv - arguments after the program name
 * @param io - output streams; default process.stdout and process.stderr
 * @returns the exit status
 * @example
 * ```ts
 * await runCli(["generate", "nope", "--rows", "1", "--seed", "1", "--out", "x"]);
 * // stderr: mlsys-lab generate: unknown scenario "nope"; one of clickstream, …
 * // → 2
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case "--help":
      case "-h":
        return help(undefined, io);
      case "help":
        return help(rest[0], io);
      case "--version":
      case "-V":
        io.stdout.write(`${libraryVersion()}\n`);
        return EXIT_OK;
      case "list":
        if (rest.length > 0) throw new UsageError("list", `takes no arguments; got ${rest.map((r) => JSON.stringify(r)).join(" ")}`);
        for (const s of Object.values(SCENARIOS)) io.stdout.write(`${s.name}\t${s.title}\n`);
        return EXIT_OK;
      case "verify":
        return verify(rest, io);
      case "generate": {
        const request = parseGenerateArgs(rest);
        if (request === "help") return help("generate", io);
        await runGenerate(request, io);
        return EXIT_OK;
      }
      default:
        throw new UsageError("", `unknown command ${JSON.stringify(command)}; use generate, list, help or verify (mlsys-lab --help)`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${e.message}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof InvalidParameterError) {
      io.stderr.write(`mlsys-lab ${command}: ${e.message}\n`);
      return EXIT_USAGE;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`mlsys-lab ${command}: failed: ${message.split("\n")[0]}\n`);
    return EXIT_FAILURE;
  }
}
