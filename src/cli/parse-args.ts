/** A small, dependency-free command-line parser. */
import { UsageError } from "./usage-error";

/** What an option takes. */
export interface OptionSpec {
  /** True for an option that takes a value (`--rows 10` or `--rows=10`). */
  value: boolean;
  /** True when the option may be given several times (values are collected in order). */
  repeat?: boolean;
  /** One-letter alias, without the dash. */
  short?: string;
}

/** Parsed arguments. */
export interface ParsedArgs {
  /** Arguments that are not options, in order. */
  positionals: string[];
  /** Option values by long name (flags get [""]). */
  options: Map<string, string[]>;
}

/**
 * Parses `argv` against option specs: `--name value`, `--name=value`, `-x value`,
 * flags (`--quiet`), repeated options, and `--` to end options.
 *
 * @param command - the command's name, for error messages
 * @param argv - the arguments after the command
 * @param specs - known options by long name
 * @returns positionals and options
 * @throws UsageError for an unknown option, a missing value, or a non-repeatable option given twice
 * @example
 * ```ts
 * parseArgs("generate", ["clickstream", "--rows=10", "--param", "a=1"], { rows: { value: true }, param: { value: true, repeat: true } });
 * // { positionals: [ "clickstream" ], options: Map { "rows" => [ "10" ], "param" => [ "a=1" ] } }
 * ```
 */
export function parseArgs(command: string, argv: readonly string[], specs: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  const shortNames = new Map(Object.entries(specs).filter(([, s]) => s.short).map(([long, s]) => [s.short as string, long]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else if (/^-[A-Za-z]$/.test(arg)) {
      name = shortNames.get(arg.slice(1));
      if (name === undefined) throw new UsageError(command, `unknown option ${arg}`);
    } else {
      positionals.push(arg);
      continue;
    }
    const spec = specs[name];
    if (spec === undefined) throw new UsageError(command, `unknown option --${name}`);
    let value = "";
    if (spec.value) {
      if (inline !== undefined) value = inline;
      else if (i + 1 < argv.length) value = argv[++i];
      else throw new UsageError(command, `--${name} needs a value`);
    } else if (inline !== undefined) {
      throw new UsageError(command, `--${name} takes no value`);
    }
    const seen = options.get(name);
    if (seen && !spec.repeat) throw new UsageError(command, `--${name} given twice`);
    options.set(name, [...(seen ?? []), value]);
  }
  return { positionals, options };
}
