/**
 * Random access into a named Philox stream (internal): the words of one row, session
 * or block, computed directly from the counter instead of through a sequential cursor.
 */
import { PhiloxSource, TWO_POW_MINUS_53 } from "../random/philox";
import { philoxBlockJs } from "../random/philox-kernel";
import { streamFor } from "../random/stream-for";

const TWO_POW_32 = 4294967296;

/**
 * @internal Reads Philox block b = words [4b, 4b + 4) of the stream `name` of `seed`,
 * exactly the words `philox(seed, { stream: streamId(name), position: 4b })` would
 * return. Used for per-entity draws (a session, a user, a block) keyed by the
 * entity's index, so that any partition recomputes the same values.
 */
export class KeyedStream {
  private readonly k0: number;
  private readonly k1: number;
  private readonly stream: number;
  /** The four words of the last block read. */
  readonly words = new Uint32Array(4);

  constructor(seed: number, name: string) {
    const s: PhiloxSource = streamFor(seed, name);
    this.k0 = s.k0;
    this.k1 = s.k1;
    this.stream = s.stream;
  }

  /** Fills {@link KeyedStream.words} with block `b` (an integer in [0, 2^51)) and returns them. */
  block(b: number): Uint32Array {
    const lo = b % TWO_POW_32;
    philoxBlockJs(this.k0, this.k1, lo, (b - lo) / TWO_POW_32, this.stream, 0, this.words, 0);
    return this.words;
  }
}

/** @internal A uniform double in [0, 1) from two words (lo, hi), as PhiloxSource.nextFloat64 does. */
export function uniform53(lo: number, hi: number): number {
  return (hi * 2097152 + (lo >>> 11)) * TWO_POW_MINUS_53;
}

/** @internal A uniform double in [0, 1) from one 32-bit word (resolution 2^-32). */
export function uniform32(word: number): number {
  return word * 2.3283064365386963e-10;
}

/** @internal A source positioned at row `rowStart` of a per-row stream with `wordsPerRow` words. */
export function columnSource(seed: number, name: string, rowStart: number, wordsPerRow: number): PhiloxSource {
  return streamFor(seed, name).seek(rowStart * wordsPerRow);
}
