/** The version of mlsys-lab that wrote a dataset, for its manifest. */
import * as fs from "node:fs";
import * as path from "node:path";

let cached: string | undefined;

/**
 * The `version` field of mlsys-lab's own package.json (found three levels above this
 * file, both in src/ and in the compiled lib/), or "unknown" if it cannot be read.
 *
 * @example
 * ```ts
 * libraryVersion(); // "0.1.0"
 * ```
 */
export function libraryVersion(): string {
  if (cached === undefined) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../../package.json"), "utf8")) as { name?: string; version?: string };
      cached = pkg.name === "mlsys-lab" && typeof pkg.version === "string" ? pkg.version : "unknown";
    } catch {
      cached = "unknown";
    }
  }
  return cached;
}
