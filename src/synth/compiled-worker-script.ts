import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Path of a worker-thread entry compiled next to the calling module (`lib/synth/…`),
 * checked to exist: from the TypeScript sources there is no .js to start. @internal
 *
 * @param functionName - the public function, for the error message
 * @param directory - the caller's `__dirname`
 * @param fileName - the compiled entry, e.g. "partition-worker.js"
 * @throws Error naming the function and the missing file
 */
export function compiledWorkerScript(functionName: string, directory: string, fileName: string): string {
  const script = path.join(directory, fileName);
  if (!fs.existsSync(script)) {
    throw new Error(`${functionName}: worker script ${script} not found; use the compiled library (npx tsc -p tsconfig.build.json, then import from lib)`);
  }
  return script;
}
