/**
 * Philox4x32-10 random sources: the one named, counter-based generator behind every
 * stochastic function in mlsys-lab.
 *
 * How (seed, stream, position) become Philox inputs — the reproducibility contract,
 * identical on every machine and in every language that implements Philox4x32-10:
 *
 * - key (k0, k1) = (seed mod 2^32, ⌊seed / 2^32⌋), seed an integer in [0, 2^53);
 * - the stream's word sequence is the concatenation of the blocks for counters
 *   (b mod 2^32, ⌊b / 2^32⌋, stream, 0) for b = 0, 1, 2, …; word `position` p is
 *   word p mod 4 of block b = ⌊p / 4⌋ (words in the order x0, x1, x2, x3);
 * - a float64 in [0, 1) is made from the next two words lo, hi (in that order) as
 *   (hi · 2^21 + ⌊lo / 2^11⌋) · 2^-53, i.e. the top 53 bits of the little-endian
 *   64-bit integer hi·2^32 + lo — NumPy's `random_raw() >> 11` convention;
 * - the "extension" words of the sample that starts at word p (used only when a
 *   rejection sampler needs more than its fixed budget) are the blocks for counters
 *   (p mod 2^32, ⌊p / 2^32⌋, stream, 2^31 + j), j = 0, 1, …; counter word 3 keeps the
 *   two families disjoint.
 *
 * Sources: Salmon et al., SC'11 (Philox); Random123 `tests/kat_vectors` (known answers,
 * pinned in test/random/philox.test.ts); test/random/fixtures/make_philox_fixture.py
 * reproduces this mapping in pure Python.
 */
import { validatorFor } from "../util/validate";
import { philoxBlock, philoxFill } from "./philox-kernel";

/** 2^-53: the spacing of the float64 values produced from 53 random bits. */
export const TWO_POW_MINUS_53 = 1.1102230246251565e-16;
const TWO_POW_32 = 4294967296;
const BUFFER_BLOCKS = 1024;
const BUFFER_WORDS = 4 * BUFFER_BLOCKS;
/** The most words a fill loop may take in one {@link PhiloxSource.take} call. */
export const MAX_TAKE_WORDS = BUFFER_WORDS - 4;

/**
 * The minimal interface other modules need from a random source: uniform 32-bit
 * words and uniform doubles in [0, 1). {@link PhiloxSource} implements it.
 */
export interface RandomSource {
  /** The next uniformly distributed integer in [0, 2^32). */
  nextUint32(): number;
  /** The next uniformly distributed double in [0, 1), with 53 random bits. */
  nextFloat64(): number;
}

/** Options of {@link philox}. */
export interface PhiloxOptions {
  /** Stream id, an integer in [0, 2^32); independent sequences for one seed. Default 0. */
  stream?: number;
  /** Word position to start at, an integer in [0, 2^53). Default 0. */
  position?: number;
}

/**
 * A Philox4x32-10 stream with a cursor. Every method that draws advances
 * {@link PhiloxSource.position} by exactly the number of 32-bit words it used, so
 * a sequence of calls can be replayed from any recorded position with
 * {@link PhiloxSource.at}.
 *
 * @example
 * ```ts
 * const source = philox(42);
 * source.nextUint32()          // 2632642643
 * source.position              // 1
 * source.at(0).nextUint32()    // 2632642643 (replayed from word 0)
 * ```
 */
export class PhiloxSource implements RandomSource {
  /** The generator's name, for dataset metadata. */
  readonly algorithm = "philox4x32-10";
  /** The seed, an integer in [0, 2^53). */
  readonly seed: number;
  /** The stream id, an integer in [0, 2^32). */
  readonly stream: number;
  /** @internal key word 0 */
  readonly k0: number;
  /** @internal key word 1 */
  readonly k1: number;
  /** @internal buffered words [bufferStart, bufferStart + 4096) */
  readonly buffer = new Uint32Array(BUFFER_WORDS);
  private bufferStart = -BUFFER_WORDS;
  private pos: number;

  /** Use {@link philox} to construct; the arguments are validated there. */
  constructor(seed: number, stream: number, position: number) {
    this.seed = seed;
    this.stream = stream;
    this.k0 = seed % TWO_POW_32;
    this.k1 = (seed - this.k0) / TWO_POW_32;
    this.pos = position;
  }

  /** Index of the next 32-bit word this source will use. */
  get position(): number {
    return this.pos;
  }

  private refill(position: number): void {
    const block = Math.floor(position / 4);
    philoxFill(this.k0, this.k1, block, this.stream, 0, this.buffer, 0, BUFFER_BLOCKS);
    this.bufferStart = 4 * block;
  }

  /**
   * @internal Reserves the next `count` (≤ {@link MAX_TAKE_WORDS}) words and returns
   * the index in {@link PhiloxSource.buffer} where they start, contiguously.
   */
  take(count: number): number {
    const p = this.pos;
    if (p < this.bufferStart || p + count > this.bufferStart + BUFFER_WORDS) this.refill(p);
    this.pos = p + count;
    return p - this.bufferStart;
  }

  /** The next uniform integer in [0, 2^32); uses 1 word. */
  nextUint32(): number {
    return this.buffer[this.take(1)];
  }

  /** The next uniform double in [0, 1) from 53 bits; uses 2 words. */
  nextFloat64(): number {
    const i = this.take(2);
    return (this.buffer[i + 1] * 2097152 + (this.buffer[i] >>> 11)) * TWO_POW_MINUS_53;
  }

  /** Fills `out` with uniform words in [0, 2^32); uses `out.length` words. */
  fillUint32(out: Uint32Array): Uint32Array {
    for (let done = 0; done < out.length; ) {
      const m = Math.min(out.length - done, MAX_TAKE_WORDS);
      const i = this.take(m);
      out.set(this.buffer.subarray(i, i + m), done);
      done += m;
    }
    return out;
  }

  /** Fills `out` with uniform doubles in [0, 1); uses 2 words per element. */
  fillUniform(out: Float64Array): Float64Array {
    const buf = this.buffer;
    const n = out.length;
    for (let done = 0; done < n; ) {
      const m = Math.min(n - done, MAX_TAKE_WORDS >> 1);
      let i = this.take(2 * m);
      for (let k = done, end = done + m; k < end; k++, i += 2) {
        out[k] = (buf[i + 1] * 2097152 + (buf[i] >>> 11)) * TWO_POW_MINUS_53;
      }
      done += m;
    }
    return out;
  }

  /** Moves the cursor forward by `words` (an integer ≥ 0) without drawing. */
  skip(words: number): this {
    const check = validatorFor("PhiloxSource.skip");
    check.integer("words", words, 0);
    return this.seek(this.pos + words);
  }

  /** Moves the cursor to word `position` (an integer in [0, 2^53)). */
  seek(position: number): this {
    checkPosition("PhiloxSource.seek", position);
    this.pos = position;
    return this;
  }

  /** A new, independent cursor on the same (seed, stream) at word `position`. */
  at(position: number): PhiloxSource {
    checkPosition("PhiloxSource.at", position);
    return new PhiloxSource(this.seed, this.stream, position);
  }

  /** A copy with the same (seed, stream, position). */
  clone(): PhiloxSource {
    return new PhiloxSource(this.seed, this.stream, this.pos);
  }

  /** A d3-random style function `() => number` drawing uniform doubles in [0, 1) from this source. */
  asFunction(): () => number {
    return () => this.nextFloat64();
  }

  /**
   * @internal Writes extension block `j` of the sample that starts at word
   * `samplePosition` into `out[0..3]`.
   */
  extensionBlock(samplePosition: number, j: number, out: Uint32Array): void {
    const lo = samplePosition % TWO_POW_32;
    philoxBlock(this.k0, this.k1, lo, (samplePosition - lo) / TWO_POW_32, this.stream, (0x80000000 + j) | 0, out, 0);
  }
}

function checkPosition(fn: string, position: number): void {
  const check = validatorFor(fn);
  if (!Number.isSafeInteger(position) || position < 0) check.fail("position", position, "an integer in [0, 2^53)");
}

/**
 * Creates a Philox4x32-10 source for (seed, stream), positioned at word `position`.
 * The same (seed, stream, position) gives the same words on every run and machine;
 * different streams of one seed never share a counter, so they are independent.
 *
 * @param seed - integer in [0, 2^53)
 * @param options - `stream` (integer in [0, 2^32), default 0) and `position` (default 0)
 * @throws InvalidParameterError if seed, stream or position is not an integer in range
 * @example
 * ```ts
 * const rng = philox(42, { stream: 7 });
 * rng.nextUint32();  // 1743679276
 * rng.nextFloat64(); // 0.4238096601087167
 * rng.position;     // 3
 * ```
 */
export function philox(seed: number, options: PhiloxOptions = {}): PhiloxSource {
  const check = validatorFor("philox");
  if (!Number.isSafeInteger(seed) || seed < 0) check.fail("seed", seed, "an integer in [0, 2^53)");
  const stream = options.stream ?? 0;
  if (!Number.isInteger(stream) || stream < 0 || stream >= TWO_POW_32) check.fail("stream", stream, "an integer in [0, 2^32)");
  const position = options.position ?? 0;
  checkPosition("philox", position);
  return new PhiloxSource(seed, stream, position);
}
