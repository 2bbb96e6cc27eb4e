/**
 * Descriptions of scenario parameters for the CLI's help, read from the TSDoc comments
 * of the scenarios' `…Params` interfaces (in lib/synth/*.d.ts when installed, in
 * src/synth/*.ts when run from source), so help and API docs never drift apart.
 */
import * as fs from "node:fs";
import * as path from "node:path";

let cache: Map<string, Record<string, string>> | null = null;

function cleanDoc(raw: string): string {
  return raw.split("\n").map((l) => l.replace(/^\s*\*\s?/, "").trim()).filter((l) => l !== "" && !l.startsWith("@")).join(" ").replace(/\{@link\s+([^}\s]+)\s*\}/g, "$1");
}

/** Param interfaces found in `dir`: interface name → member name → description. @internal */
export function readParamInterfaces(dir: string): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  let files: string[] = [];
  try {
    files = fs.readdirSync(dir).filter((f) => (f.endsWith(".d.ts") || (f.endsWith(".ts") && !f.endsWith(".d.ts"))));
  } catch {
    return found;
  }
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), "utf8");
    for (const m of text.matchAll(/export (?:declare )?interface (\w+Params)\b[^{]*\{([\s\S]*?)\n\}/g)) {
      found.set(m[1], interfaceMembers(m[2]));
    }
  }
  return found;
}

/**
 * Members of an interface body and their docs: every line at the first member's
 * indentation that declares `name:`; a member without its own doc comment shares the
 * doc of the member just before it (as in "trained / new" pairs).
 */
function interfaceMembers(body: string): Record<string, string> {
  const members: Record<string, string> = {};
  const lines = body.split("\n");
  let indent: string | null = null;
  let doc = "";
  let pending = "";
  let inDoc = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (inDoc || trimmed.startsWith("/**")) {
      pending += `${line}\n`;
      inDoc = !trimmed.endsWith("*/");
      continue;
    }
    const member = /^(\s*)(?:readonly\s+)?(\w+)\??\s*:/.exec(line);
    if (member === null) continue;
    if (indent === null) indent = member[1];
    if (member[1] !== indent) continue;
    if (pending !== "") doc = cleanDoc(pending.replace(/^\s*\/\*\*/, "").replace(/\*\/\s*$/, ""));
    pending = "";
    members[member[2]] = doc;
  }
  return members;
}

/**
 * The description of each parameter of a scenario whose defaults have these keys: the
 * `…Params` interface with exactly these members. Missing docs give an empty record.
 *
 * @param keys - the scenario's parameter names (keys of its defaults)
 * @returns description by parameter name
 * @example
 * ```ts
 * paramDocs(Object.keys(clickstream.defaults)).zipfExponent;
 * // "Zipf exponent s of item popularity, P(rank k) ∝ k^(−s); 1.2, StreamRec's view-count stream (seed 000 L1066–1076)."
 * ```
 */
export function paramDocs(keys: readonly string[]): Record<string, string> {
  if (cache === null) cache = readParamInterfaces(path.resolve(__dirname, "../synth"));
  const wanted = [...keys].sort().join(",");
  for (const members of cache.values()) {
    if (Object.keys(members).sort().join(",") === wanted) return members;
  }
  return {};
}
