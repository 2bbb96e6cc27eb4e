/**
 * Atomic file replacement: data goes to a temporary file in the destination's own
 * directory (same file system, so the final rename is atomic), is flushed to disk with
 * fsync, and only then renamed over the final name. A reader therefore sees either the
 * old file, or nothing, or the complete new file — never a half-written one.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Name of the temporary file used while `finalPath` is written: `<name>.tmp-<pid>` in
 * the same directory (the pid keeps two writers of one file apart).
 *
 * @param finalPath - the destination path
 * @example
 * ```ts
 * temporaryPathFor("/data/x.parquet"); // "/data/x.parquet.tmp-4242" (in process 4242)
 * ```
 */
export function temporaryPathFor(finalPath: string): string {
  return path.join(path.dirname(finalPath), `${path.basename(finalPath)}.tmp-${process.pid}`);
}

/**
 * Writes a file atomically with an async writer: `write` receives an open file handle
 * to `<finalPath>.tmp-<pid>`; after it resolves the handle is fsynced and closed and the
 * file renamed to `finalPath`. If `write` (or the flush) fails, the temporary file is
 * removed and the error rethrown; `finalPath` is left as it was.
 *
 * @param finalPath - destination path (its directory must exist)
 * @param write - fills the file; its resolved value is returned
 * @returns what `write` returned
 * @throws whatever `write` or the file system throws
 * @example
 * ```ts
 * await writeFileAtomically("/tmp/x.txt", (fh) => fh.write("hello").then(() => 5)); // 5
 * ```
 */
export async function writeFileAtomically<T>(finalPath: string, write: (handle: fs.promises.FileHandle) => Promise<T>): Promise<T> {
  const tmp = temporaryPathFor(finalPath);
  const handle = await fs.promises.open(tmp, "w");
  let closed = false;
  try {
    const result = await write(handle);
    await handle.sync();
    await handle.close();
    closed = true;
    await fs.promises.rename(tmp, finalPath);
    return result;
  } catch (error) {
    if (!closed) await handle.close().catch(() => undefined);
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Synchronous atomic write of a small text file (manifests): temp file, fsync, rename.
 *
 * @param finalPath - destination path
 * @param text - UTF-8 content
 * @throws the file system's error; the temporary file is removed first
 * @example
 * ```ts
 * writeTextAtomicallySync("/tmp/x.json", "{}\n");
 * ```
 */
export function writeTextAtomicallySync(finalPath: string, text: string): void {
  const tmp = temporaryPathFor(finalPath);
  try {
    const fd = fs.openSync(tmp, "w");
    try {
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, finalPath);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
