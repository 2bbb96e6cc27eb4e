/** Where the streaming writers put their bytes. */
import { createHash } from "node:crypto";
import type { FileHandle } from "node:fs/promises";

/** A destination for bytes, written in order. @internal */
export interface ByteSink {
  /** Writes all of `data` (resolves once it has been handed to the OS). */
  write(data: Uint8Array): Promise<unknown>;
}

/**
 * Wraps a file handle so that every byte written also goes into a sha256 and a byte
 * count, sparing a second pass over the file.
 * @internal
 */
export function hashingSink(handle: FileHandle): ByteSink & { readonly bytes: number; digest(): string } {
  const hash = createHash("sha256");
  let bytes = 0;
  return {
    async write(data: Uint8Array) {
      hash.update(data);
      bytes += data.byteLength;
      await handle.write(data);
    },
    get bytes() { return bytes; },
    digest: () => hash.digest("hex"),
  };
}
