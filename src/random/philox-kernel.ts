/**
 * The Philox4x32-10 block function (Salmon, Moraes, Dror and Shaw, "Parallel random
 * numbers: as easy as 1, 2, 3", SC'11; reference code: Random123), in two
 * implementations that give the same bits:
 *
 * - a pure-JavaScript one built on `Math.imul` and 16-bit limbs, used for single
 *   blocks and wherever WebAssembly is missing;
 * - two WebAssembly ones, emitted byte by byte below (no binary blob, no build step),
 *   that fill many consecutive counters at once: a scalar kernel with native 64-bit
 *   multiplies (two blocks per step), and a 128-bit SIMD kernel computing sixteen
 *   blocks per step (about 1.8× the scalar one; used wherever the engine has
 *   WebAssembly SIMD, which Node has had since version 16). Each checks itself against
 *   the JavaScript blocks when loaded and is dropped if it disagrees.
 *
 * One block maps a 128-bit counter (c0, c1, c2, c3) and a 64-bit key (k0, k1) to four
 * 32-bit words. Each of the 10 rounds is
 *   (hi0, lo0) = M0 · x0,  (hi1, lo1) = M1 · x2   (32×32 → 64-bit products)
 *   x ← (hi1 ⊕ x1 ⊕ k0,  lo1,  hi0 ⊕ x3 ⊕ k1,  lo0)
 * with M0 = 0xD2511F53, M1 = 0xCD9E8D57, and the key bumped by the Weyl constants
 * W0 = 0x9E3779B9, W1 = 0xBB67AE85 before every round after the first.
 * Internal module: the public entry point is {@link philox} in ./philox.ts.
 */

const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const W0 = 0x9e3779b9;
const W1 = 0xbb67ae85;
const M0_LO = M0 & 0xffff;
const M0_HI = M0 >>> 16;
const M1_LO = M1 & 0xffff;
const M1_HI = M1 >>> 16;

/** Number of Philox rounds used everywhere in mlsys-lab. */
export const PHILOX_ROUNDS = 10;

/**
 * Computes one Philox4x32 block in plain JavaScript and writes its four words to
 * `out[offset..offset+3]`. All arguments are 32-bit words (any sign; only the low
 * 32 bits are used).
 */
export function philoxBlockJs(
  k0: number, k1: number,
  c0: number, c1: number, c2: number, c3: number,
  out: Uint32Array, offset: number,
  rounds: number = PHILOX_ROUNDS,
): void {
  let x0 = c0 | 0, x1 = c1 | 0, x2 = c2 | 0, x3 = c3 | 0;
  let a = k0 | 0, b = k1 | 0;
  for (let r = 0; r < rounds; r++) {
    if (r > 0) {
      a = (a + W0) | 0;
      b = (b + W1) | 0;
    }
    // High 32 bits of M·x from four 16×16-bit partial products.
    const xl = x0 & 0xffff, xh = x0 >>> 16, yl = x2 & 0xffff, yh = x2 >>> 16;
    let ll = Math.imul(xl, M0_LO) >>> 0, lh = Math.imul(xl, M0_HI) >>> 0;
    let hl = Math.imul(xh, M0_LO) >>> 0, hh = Math.imul(xh, M0_HI) >>> 0;
    const hi0 = (hh + (lh >>> 16) + (hl >>> 16) + (((ll >>> 16) + (lh & 0xffff) + (hl & 0xffff)) >>> 16)) | 0;
    ll = Math.imul(yl, M1_LO) >>> 0; lh = Math.imul(yl, M1_HI) >>> 0;
    hl = Math.imul(yh, M1_LO) >>> 0; hh = Math.imul(yh, M1_HI) >>> 0;
    const hi1 = (hh + (lh >>> 16) + (hl >>> 16) + (((ll >>> 16) + (lh & 0xffff) + (hl & 0xffff)) >>> 16)) | 0;
    const lo0 = Math.imul(M0, x0), lo1 = Math.imul(M1, x2);
    x0 = hi1 ^ x1 ^ a;
    x1 = lo1;
    x2 = hi0 ^ x3 ^ b;
    x3 = lo0;
  }
  out[offset] = x0;
  out[offset + 1] = x1;
  out[offset + 2] = x2;
  out[offset + 3] = x3;
}

// ---------------------------------------------------------------------------
// WebAssembly kernel. Signature: fill(k0, k1, c0, c1, c2, c3, ptr, n) writes n blocks
// (n even, c0 even, c0 + n ≤ 2^32) for counters (c0 + i, c1, c2, c3) at byte ptr.
// Two blocks are computed side by side so the CPU can overlap their multiplies.

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(v: number): number[] {
  // Signed LEB128 for an integer |v| < 2^53.
  const out: number[] = [];
  let n = v;
  for (;;) {
    const byte = ((n % 128) + 128) % 128;
    n = Math.floor(n / 128);
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const OP = {
  get: 0x20, set: 0x21, tee: 0x22, i32const: 0x41, i64const: 0x42, i32eqz: 0x45,
  i32add: 0x6a, i32sub: 0x6b, i32xor: 0x73, i64mul: 0x7e, i64shrU: 0x88, wrap: 0xa7,
  extendU: 0xad, i32store: 0x36, block: 0x02, loop: 0x03, br: 0x0c, brIf: 0x0d, end: 0x0b,
} as const;

function philoxWasmBytes(rounds: number): Uint8Array {
  const K0 = 0, K1 = 1, C0 = 2, C1 = 3, C2 = 4, C3 = 5, PTR = 6, N = 7;
  const X = [[8, 9, 10, 11], [12, 13, 14, 15]];
  const A = 16, B = 17;
  const T = [[18, 19, 20, 21], [22, 23, 24, 25]]; // hi0, lo0, hi1, lo1 per lane
  const P = 26; // i64 scratch
  const code: number[] = [];
  const get = (i: number) => code.push(OP.get, i);
  const set = (i: number) => code.push(OP.set, i);
  const i32 = (v: number) => code.push(OP.i32const, ...sleb(v | 0));
  code.push(OP.block, 0x40, OP.loop, 0x40);
  get(N); code.push(OP.i32eqz, OP.brIf, 1);
  get(C0); set(X[0][0]); get(C1); set(X[0][1]); get(C2); set(X[0][2]); get(C3); set(X[0][3]);
  get(C0); i32(1); code.push(OP.i32add); set(X[1][0]); get(C1); set(X[1][1]); get(C2); set(X[1][2]); get(C3); set(X[1][3]);
  get(K0); set(A); get(K1); set(B);
  for (let r = 0; r < rounds; r++) {
    if (r > 0) {
      get(A); i32(W0); code.push(OP.i32add); set(A);
      get(B); i32(W1); code.push(OP.i32add); set(B);
    }
    for (const lane of [0, 1]) {
      const x = X[lane], t = T[lane];
      get(x[0]); code.push(OP.extendU, OP.i64const, ...sleb(M0), OP.i64mul, OP.tee, P, OP.wrap); set(t[1]);
      get(P); code.push(OP.i64const, 32, OP.i64shrU, OP.wrap); set(t[0]);
      get(x[2]); code.push(OP.extendU, OP.i64const, ...sleb(M1), OP.i64mul, OP.tee, P, OP.wrap); set(t[3]);
      get(P); code.push(OP.i64const, 32, OP.i64shrU, OP.wrap); set(t[2]);
    }
    for (const lane of [0, 1]) {
      const x = X[lane], t = T[lane];
      get(t[2]); get(x[1]); code.push(OP.i32xor); get(A); code.push(OP.i32xor); set(x[0]);
      get(t[3]); set(x[1]);
      get(t[0]); get(x[3]); code.push(OP.i32xor); get(B); code.push(OP.i32xor); set(x[2]);
      get(t[1]); set(x[3]);
    }
  }
  for (const lane of [0, 1]) {
    for (let j = 0; j < 4; j++) {
      get(PTR); get(X[lane][j]); code.push(OP.i32store, 2, ...uleb(16 * lane + 4 * j));
    }
  }
  get(PTR); i32(32); code.push(OP.i32add); set(PTR);
  get(C0); i32(2); code.push(OP.i32add); set(C0);
  get(N); i32(2); code.push(OP.i32sub); set(N);
  code.push(OP.br, 0, OP.end, OP.end);

  return wasmModule([...uleb(2), ...uleb(18), 0x7f, ...uleb(1), 0x7e], code);
}

/**
 * The same kernel with 128-bit SIMD (fixed-width WebAssembly SIMD): a group is four
 * consecutive counters side by side, one block per 32-bit lane, and `groups` groups
 * are interleaved per step so that their multiplies overlap. Signature
 * fill(k0, k1, c0, c1, c2, c3, ptr, n), n a multiple of 4·groups, c0 + n ≤ 2^32.
 * A round is two widening multiplies per product vector (i64x2.extmul_low/high_i32x4_u),
 * two byte shuffles that gather the high and low halves of the four products, and the
 * xors; the round keys are splatted once per call. Each group's four blocks are
 * transposed back to block order (x0, x1, x2, x3 of each) before the stores.
 */
function philoxSimdWasmBytes(rounds: number, groups: number): Uint8Array {
  const K0 = 0, K1 = 1, C0 = 2, C1 = 3, C2 = 4, C3 = 5, PTR = 6, N = 7;
  // v128 locals: shared ones first, then per group of four blocks.
  const M0V = 8, M1V = 9, C1V = 10, C2V = 11, C3V = 12, P = 13, Q = 14;
  const KA = 15; // KA + r, r < rounds
  const KB = KA + rounds;
  let next = KB + rounds;
  const alloc = (count: number) => Array.from({ length: count }, () => next++);
  const G = Array.from({ length: groups }, () => ({ x: alloc(4), t: alloc(4), lo0: next++, hi0: next++, lo1: next++, hi1: next++ }));
  const BLOCKS = 4 * groups;
  const SIMD = 0xfd;
  const code: number[] = [];
  const get = (i: number) => code.push(OP.get, i);
  const set = (i: number) => code.push(OP.set, i);
  const i32 = (v: number) => code.push(OP.i32const, ...sleb(v | 0));
  const simd = (op: number) => code.push(SIMD, ...uleb(op));
  const splat = () => simd(0x11);
  const xor = () => simd(0x51);
  const shuffle = (lanes: number[]) => { simd(0x0d); code.push(...lanes); };
  // Byte lanes of i8x16.shuffle for the given 32-bit words of two vectors (0–3 first, 4–7 second).
  const words = (ws: number[]) => ws.flatMap((w) => [4 * w, 4 * w + 1, 4 * w + 2, 4 * w + 3]);
  const LOW_HALVES = words([0, 2, 4, 6]);
  const HIGH_HALVES = words([1, 3, 5, 7]);

  // Loop invariants: multipliers, counter words 1–3 and the round keys, splatted.
  i32(M0); splat(); set(M0V);
  i32(M1); splat(); set(M1V);
  get(C1); splat(); set(C1V);
  get(C2); splat(); set(C2V);
  get(C3); splat(); set(C3V);
  for (let r = 0; r < rounds; r++) {
    get(K0); if (r > 0) { i32((W0 * r) | 0); code.push(OP.i32add); } splat(); set(KA + r);
    get(K1); if (r > 0) { i32((W1 * r) | 0); code.push(OP.i32add); } splat(); set(KB + r);
  }
  code.push(OP.block, 0x40, OP.loop, 0x40);
  get(N); code.push(OP.i32eqz, OP.brIf, 1);
  G.forEach((g, j) => {
    get(C0); splat(); simd(0x0c); for (const v of [0, 1, 2, 3]) code.push(4 * j + v, 0, 0, 0); simd(0xae); set(g.x[0]); // + (4j … 4j+3)
    get(C1V); set(g.x[1]); get(C2V); set(g.x[2]); get(C3V); set(g.x[3]);
  });
  for (let r = 0; r < rounds; r++) {
    for (const g of G) {
      for (const [x, m, lo, hi] of [[g.x[0], M0V, g.lo0, g.hi0], [g.x[2], M1V, g.lo1, g.hi1]]) {
        get(x); get(m); simd(0xde); set(P); // i64x2.extmul_low_i32x4_u
        get(x); get(m); simd(0xdf); set(Q); // i64x2.extmul_high_i32x4_u
        get(P); get(Q); shuffle(LOW_HALVES); set(lo);
        get(P); get(Q); shuffle(HIGH_HALVES); set(hi);
      }
    }
    for (const g of G) {
      get(g.hi1); get(g.x[1]); xor(); get(KA + r); xor(); set(g.x[0]);
      get(g.lo1); set(g.x[1]);
      get(g.hi0); get(g.x[3]); xor(); get(KB + r); xor(); set(g.x[2]);
      get(g.lo0); set(g.x[3]);
    }
  }
  G.forEach((g, j) => {
    // Transpose: t0 = (x0b0, x1b0, x0b1, x1b1), t1 = (x0b2, x1b2, x0b3, x1b3), t2/t3 likewise for x2, x3.
    const [x, t] = [g.x, g.t];
    get(x[0]); get(x[1]); shuffle(words([0, 4, 1, 5])); set(t[0]);
    get(x[0]); get(x[1]); shuffle(words([2, 6, 3, 7])); set(t[1]);
    get(x[2]); get(x[3]); shuffle(words([0, 4, 1, 5])); set(t[2]);
    get(x[2]); get(x[3]); shuffle(words([2, 6, 3, 7])); set(t[3]);
    const stores: [number, number, number[]][] = [
      [t[0], t[2], words([0, 1, 4, 5])], [t[0], t[2], words([2, 3, 6, 7])],
      [t[1], t[3], words([0, 1, 4, 5])], [t[1], t[3], words([2, 3, 6, 7])],
    ];
    stores.forEach(([a, b, lanes], k) => {
      get(PTR); get(a); get(b); shuffle(lanes); simd(0x0b); code.push(4, ...uleb(64 * j + 16 * k)); // v128.store
    });
  });
  get(PTR); i32(16 * BLOCKS); code.push(OP.i32add); set(PTR);
  get(C0); i32(BLOCKS); code.push(OP.i32add); set(C0);
  get(N); i32(BLOCKS); code.push(OP.i32sub); set(N);
  code.push(OP.br, 0, OP.end, OP.end);
  return wasmModule([...uleb(1), ...uleb(next - 8), 0x7b], code);
}

function wasmModule(locals: number[], code: number[]): Uint8Array {
  const I32 = 0x7f;
  const name = (s: string) => [...uleb(s.length), ...Array.from(s, (ch) => ch.charCodeAt(0))];
  const section = (id: number, bytes: number[]) => [id, ...uleb(bytes.length), ...bytes];
  const body = [...locals, ...code, OP.end];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 8, ...new Array<number>(8).fill(I32), 0]),
    ...section(2, [1, ...name("m"), ...name("mem"), 0x02, 0x00, 0x01]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...name("fill"), 0x00, 0]),
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}

interface WasmKernel {
  fill: (k0: number, k1: number, c0: number, c1: number, c2: number, c3: number, ptr: number, n: number) => void;
  words: Uint32Array;
  /** Blocks per call must be a multiple of this: 2 (scalar) or 4 (SIMD). */
  lanes: number;
}

const WASM_BLOCKS = 4096; // one 64 KiB page = 16384 words
/** Groups of four blocks per SIMD loop iteration: 4 keeps the multipliers busy (≈1.8× the scalar kernel). */
const SIMD_GROUPS = 4;
let wasmKernel: WasmKernel | null | undefined;

function instantiate(bytes: Uint8Array, lanes: number): WasmKernel | null {
  try {
    const wasm = (globalThis as { WebAssembly?: any }).WebAssembly;
    if (!wasm || !wasm.validate(bytes)) return null;
    const memory = new wasm.Memory({ initial: 1, maximum: 1 });
    const instance = new wasm.Instance(new wasm.Module(bytes), { m: { mem: memory } });
    const kernel: WasmKernel = { fill: instance.exports.fill, words: new Uint32Array(memory.buffer), lanes };
    // Self-check against the Random123 known answers (counters 0 … 3, key 0) before trusting it.
    kernel.fill(0, 0, 0, 0, 0, 0, 0, 16);
    const check = new Uint32Array(64);
    for (let b = 0; b < 16; b++) philoxBlockJs(0, 0, b, 0, 0, 0, check, 4 * b);
    if (kernel.words[0] !== 0x6627e8d5 || kernel.words[3] !== 0x9b00dbd8) return null;
    for (let i = 0; i < 64; i++) if (kernel.words[i] !== check[i]) return null;
    return kernel;
  } catch {
    return null;
  }
}

function loadWasm(): WasmKernel | null {
  if (wasmKernel !== undefined) return wasmKernel;
  wasmKernel = (useSimd ? instantiate(philoxSimdWasmBytes(PHILOX_ROUNDS, SIMD_GROUPS), 4 * SIMD_GROUPS) : null) ?? instantiate(philoxWasmBytes(PHILOX_ROUNDS), 2);
  return wasmKernel;
}

let scalarKernel: WasmKernel | null | undefined;

/**
 * One block, as {@link philoxBlockJs}, for the scattered counters of extension blocks:
 * by the scalar WebAssembly kernel where available (about 3× faster per block than
 * JavaScript), else in JavaScript.
 */
export function philoxBlock(
  k0: number, k1: number,
  c0: number, c1: number, c2: number, c3: number,
  out: Uint32Array, offset: number,
): void {
  if (scalarKernel === undefined) scalarKernel = instantiate(philoxWasmBytes(PHILOX_ROUNDS), 2);
  if (forceJs || scalarKernel === null) {
    philoxBlockJs(k0, k1, c0, c1, c2, c3, out, offset);
    return;
  }
  scalarKernel.fill(k0, k1, c0, c1, c2, c3, 0, 2); // the second block is not used
  const w = scalarKernel.words;
  out[offset] = w[0];
  out[offset + 1] = w[1];
  out[offset + 2] = w[2];
  out[offset + 3] = w[3];
}

let useSimd = true;
/** Test hook: allow (`true`, the default) or forbid the SIMD kernel; reloads the kernel. */
export function setPhiloxSimd(value: boolean): void {
  useSimd = value;
  wasmKernel = undefined;
}

/**
 * Which implementation {@link philoxFill} uses here: `"wasm"` or `"js"` (both give the
 * same bits; the JavaScript kernel is the fallback where WebAssembly is unavailable).
 *
 * @example
 * ```ts
 * philoxBackend() // "wasm"
 * ```
 */
export function philoxBackend(): "wasm" | "js" {
  return forceJs || !loadWasm() ? "js" : "wasm";
}

/**
 * Whether {@link philoxFill} runs the WebAssembly SIMD kernel (false on the scalar
 * WebAssembly or the JavaScript path). All paths give the same bits; this only tells
 * which speed to expect, e.g. for benchmark records.
 *
 * @example
 * ```ts
 * philoxUsesSimd(); // true (Node ≥ 16)
 * ```
 */
export function philoxUsesSimd(): boolean {
  const kernel = forceJs ? null : loadWasm();
  return kernel !== null && kernel.lanes > 2;
}

let forceJs = false;
/** Test hook: make {@link philoxFill} use the JavaScript path (`true`) or the default. */
export function setPhiloxJsOnly(value: boolean): void {
  forceJs = value;
}

/**
 * Fills `out[offset ..]` with `n` consecutive blocks for the counters
 * (b, c2, c3), (b+1, c2, c3), … where the block index b = c0 + 2^32·c1 is a
 * non-negative integer below 2^53 and carries from c0 into c1.
 */
export function philoxFill(
  k0: number, k1: number, block: number, c2: number, c3: number,
  out: Uint32Array, offset: number, n: number,
): void {
  const kernel = forceJs ? null : loadWasm();
  let b = block;
  let o = offset;
  let left = n;
  while (left > 0) {
    const lo = b % 4294967296;
    const hi = (b - lo) / 4294967296;
    if (!kernel || 4294967296 - lo < kernel.lanes) {
      philoxBlockJs(k0, k1, lo, hi, c2, c3, out, o);
      b += 1; o += 4; left -= 1;
      continue;
    }
    if (left < kernel.lanes) {
      // A short tail: compute one whole lane group and keep the first `left` blocks.
      kernel.fill(k0, k1, lo, hi, c2, c3, 0, kernel.lanes);
      out.set(kernel.words.subarray(0, 4 * left), o);
      return;
    }
    // A run of whole lane groups that neither crosses a 2^32 boundary of c0 nor overflows the page.
    let m = Math.min(left, WASM_BLOCKS, 4294967296 - lo);
    m -= m % kernel.lanes;
    kernel.fill(k0, k1, lo, hi, c2, c3, 0, m);
    out.set(kernel.words.subarray(0, 4 * m), o);
    b += m; o += 4 * m; left -= m;
  }
}
