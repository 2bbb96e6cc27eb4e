import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { HUGE_PAGE_ADVICE_MIN_BYTES, hugePageStatus, largeTypedArray } from "../../src/util/large-array";

const ROOT = path.resolve(__dirname, "..", "..");
const ADDON = path.join(ROOT, "build", "huge-pages.node");
const BUILD_SCRIPT = path.join(ROOT, "scripts", "build-native.js");

/** The kernel's transparent-huge-page mode ("always", "madvise", "never"), or null off Linux. */
function thpMode(): string | null {
  try {
    return /\[(\w+)\]/.exec(fs.readFileSync("/sys/kernel/mm/transparent_hugepage/enabled", "utf8"))?.[1] ?? null;
  } catch {
    return null;
  }
}

/** AnonHugePages of this process, in bytes (Linux). */
function anonHugePageBytes(): number {
  const rollup = fs.readFileSync("/proc/self/smaps_rollup", "utf8");
  const kib = /^AnonHugePages:\s+(\d+) kB/m.exec(rollup);
  return kib ? Number(kib[1]) * 1024 : 0;
}

const compilerPresent = spawnSync("cc", ["--version"]).status === 0;
const addonExpected = process.platform === "linux" && compilerPresent && thpMode() !== "never" && !process.env.MLSYS_LAB_HUGE_PAGES;

describe("largeTypedArray", () => {
  it.each([
    [Float64Array, 0],
    [Int32Array, 5],
    [Uint8Array, HUGE_PAGE_ADVICE_MIN_BYTES - 1],
    [Float64Array, HUGE_PAGE_ADVICE_MIN_BYTES / 8 + 3],
    [Float32Array, 3_000_001],
  ] as const)("gives a zero-filled %s of length %i, like new Kind(length)", (Kind, length) => {
    const array = largeTypedArray(Kind as unknown as Float64ArrayConstructor, length);
    expect(array).toBeInstanceOf(Kind);
    expect(array.length).toBe(length);
    expect(array.byteOffset).toBe(0);
    expect(array.every((x) => x === 0)).toBe(true);
  });

  it("gives memory that holds what is written to it, across the huge-page boundary", () => {
    const array = largeTypedArray(Int32Array, 3 * 2 ** 20);
    for (let i = 0; i < array.length; i += 1021) array[i] = i;
    let sum = 0;
    for (let i = 0; i < array.length; i += 1021) sum += array[i] === i ? 1 : 0;
    expect(sum).toBe(Math.ceil(array.length / 1021));
  });

  it.each([-1, 1.5, NaN, Infinity])("rejects length %s with an error naming it", (length) => {
    expect(() => largeTypedArray(Float64Array, length)).toThrow(InvalidParameterError);
    expect(() => largeTypedArray(Float64Array, length)).toThrow(/largeTypedArray: length must be an integer/);
  });

  it("turns an impossible allocation into an InvalidParameterError, not a bare RangeError", () => {
    expect(() => largeTypedArray(Float64Array, 2 ** 52)).toThrow(/largeTypedArray: length must be a length whose 36028797018963970 bytes this process can allocate/);
  });
});

describe.runIf(addonExpected)("huge pages on Linux (the addon is built at install)", () => {
  it("has the addon built by scripts/build-native.js", () => {
    expect(fs.existsSync(ADDON)).toBe(true);
    expect(hugePageStatus()).toEqual({ active: true, reason: expect.stringContaining("transparent huge pages") });
  });

  it("backs a large array with huge pages once it is touched (AnonHugePages grows)", () => {
    const before = anonHugePageBytes();
    const array = largeTypedArray(Float64Array, (64 * 2 ** 20) / 8);
    for (let i = 0; i < array.length; i += 512) array[i] = 1;
    const grown = anonHugePageBytes() - before;
    expect(array[array.length - 512]).toBe(1);
    // At least half of the 64 MiB: the unaligned edges stay in 4 KiB pages, and the kernel may
    // fall back to small pages when it cannot find free 2 MiB blocks at once.
    expect(grown).toBeGreaterThanOrEqual(32 * 2 ** 20);
  });
});

describe("MLSYS_LAB_HUGE_PAGES=off and the build script", () => {
  it("turns the advice off for the whole process and says so", () => {
    const lib = path.join(ROOT, "lib", "util", "large-array.js");
    const child = spawnSync(process.execPath, ["-e", `const m = require(${JSON.stringify(lib)}); const a = m.largeTypedArray(Float64Array, 1 << 20); console.log(JSON.stringify([m.hugePageStatus(), a.length]))`], {
      env: { ...process.env, MLSYS_LAB_HUGE_PAGES: "off" },
      encoding: "utf8",
    });
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual([{ active: false, reason: expect.stringContaining("turned off by MLSYS_LAB_HUGE_PAGES") }, 1 << 20]);
  });

  it("exits 0 with one line saying why when no compiler is found, leaving any built addon alone", () => {
    const existed = fs.existsSync(ADDON) ? fs.statSync(ADDON).mtimeMs : null;
    const child = spawnSync(process.execPath, [BUILD_SCRIPT], { env: { ...process.env, CC: "/nonexistent/cc" }, encoding: "utf8" });
    expect(child.status).toBe(0);
    const expected = process.platform === "linux" ? /huge-page allocator not built \(\/nonexistent\/cc: not installed\)/ : /huge-page allocator not built/;
    expect(child.stdout).toMatch(expected);
    expect(fs.existsSync(ADDON) ? fs.statSync(ADDON).mtimeMs : null).toBe(existed);
  });
});
