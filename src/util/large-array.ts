/**
 * Typed arrays for columns of millions of rows. On Linux a fresh array of hundreds of
 * MiB is mapped in 4 KiB pages and every first touch of a page is a fault; on a virtual
 * machine those faults can cost more than filling the array. NumPy asks the kernel for
 * transparent huge pages (2 MiB) on its large arrays; {@link largeTypedArray} does the
 * same through a small Node-API addon (src/native/huge-pages.c, built at install by
 * scripts/build-native.js). Without the addon, or with `MLSYS_LAB_HUGE_PAGES=off` in the
 * environment, it is exactly `new Kind(length)`: same values, default pages.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { validatorFor } from "./validate";

/** Arrays of at least this many bytes (two huge pages) are advised to use huge pages. */
export const HUGE_PAGE_ADVICE_MIN_BYTES = 4 * 1024 * 1024;

/** A typed-array constructor: `Float64Array`, `Int32Array`, `Uint8Array`, … */
export interface TypedArrayConstructor<T> {
  new (buffer: ArrayBuffer): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** Whether {@link largeTypedArray} asks for huge pages in this process, and why (not). */
export interface HugePageStatus {
  /** True when large arrays are advised to use transparent huge pages. */
  readonly active: boolean;
  /** One sentence for humans: what is used, or what is missing. */
  readonly reason: string;
}

interface HugePageAddon {
  adviseHugePages(buffer: ArrayBuffer): boolean;
}

/** Where scripts/build-native.js puts the addon: build/ at the package root (two levels above src/util and lib/util). */
const ADDON_PATH = path.join(__dirname, "..", "..", "build", "huge-pages.node");
const THP_SETTING_PATH = "/sys/kernel/mm/transparent_hugepage/enabled";

let loaded: { addon: HugePageAddon | null; status: HugePageStatus } | undefined;

/** The kernel's THP mode, the bracketed word of e.g. "always [madvise] never", or null when unreadable. */
function transparentHugePageMode(): string | null {
  try {
    return /\[(\w+)\]/.exec(fs.readFileSync(THP_SETTING_PATH, "utf8"))?.[1] ?? null;
  } catch {
    return null;
  }
}

function loadAddon(): { addon: HugePageAddon | null; status: HugePageStatus } {
  const off = (reason: string) => ({ addon: null, status: Object.freeze({ active: false, reason }) });
  const setting = (process.env.MLSYS_LAB_HUGE_PAGES ?? "").toLowerCase();
  if (setting === "off" || setting === "0" || setting === "false") return off("turned off by MLSYS_LAB_HUGE_PAGES; large arrays use default pages");
  if (process.platform !== "linux") return off(`${process.platform} has no transparent huge pages; large arrays use default pages`);
  const mode = transparentHugePageMode();
  if (mode === "never") return off(`the kernel's transparent huge pages are off (${THP_SETTING_PATH}: never); large arrays use default pages`);
  let addon: HugePageAddon;
  try {
    addon = require(ADDON_PATH) as HugePageAddon;
  } catch (error) {
    const why = fs.existsSync(ADDON_PATH) ? `could not be loaded (${(error as Error).message.split("\n")[0]})` : "is not built (run node scripts/build-native.js)";
    return off(`the addon build/huge-pages.node ${why}; large arrays use default pages`);
  }
  const where = mode === null ? "" : ` (kernel mode: ${mode})`;
  return { addon, status: Object.freeze({ active: true, reason: `arrays of ${HUGE_PAGE_ADVICE_MIN_BYTES / 2 ** 20} MiB or more are advised to use transparent huge pages${where}` }) };
}

function addon(): HugePageAddon | null {
  loaded ??= loadAddon();
  return loaded.addon;
}

/**
 * Reports whether {@link largeTypedArray} uses transparent huge pages in this process.
 *
 * @example
 * ```ts
 * hugePageStatus();
 * // { active: true, reason: "arrays of 4 MiB or more are advised to use transparent huge pages (kernel mode: madvise)" }
 * ```
 */
export function hugePageStatus(): HugePageStatus {
  loaded ??= loadAddon();
  return loaded.status;
}

/**
 * A zero-filled typed array of `length` elements, like `new Kind(length)`, whose memory
 * is advised to use transparent huge pages when it is at least
 * {@link HUGE_PAGE_ADVICE_MIN_BYTES} long and the addon is available (see
 * {@link hugePageStatus}). Use it for arrays you are about to fill once, row by row: the
 * advice only helps memory that has not been touched yet.
 *
 * @example
 * ```ts
 * const latencies = largeTypedArray(Float64Array, 10_000_000); // 80 MB, zero-filled
 * lognormal(philox(7), latencies, { meanLog: 3, sdLog: 0.5 });
 * ```
 */
export function largeTypedArray<T>(Kind: TypedArrayConstructor<T>, length: number): T {
  const check = validatorFor("largeTypedArray");
  check.integer("length", length, 0);
  const bytes = length * Kind.BYTES_PER_ELEMENT;
  const buffer = allocateBuffer(bytes, (error) => check.fail("length", length, `a length whose ${bytes} bytes this process can allocate (${error.message})`));
  if (bytes >= HUGE_PAGE_ADVICE_MIN_BYTES) addon()?.adviseHugePages(buffer);
  return new Kind(buffer);
}

function allocateBuffer(bytes: number, onFailure: (error: Error) => never): ArrayBuffer {
  try {
    return new ArrayBuffer(bytes);
  } catch (error) {
    return onFailure(error as Error);
  }
}
