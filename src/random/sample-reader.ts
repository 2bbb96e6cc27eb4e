/**
 * The per-sample word budget that makes partitions identical (internal).
 *
 * Every sampler declares a fixed budget of c words per sample. A fill of n samples
 * that starts at word p gives sample k the main words [p + c·k, p + c·k + c) and
 * leaves the source at p + c·n, whatever the draws were. A rejection sampler that
 * needs more words than its budget continues in the *extension* blocks of the
 * sample's first word p + c·k (see ./philox.ts), which no other sample uses. Hence
 * sample k depends only on (seed, stream, p + c·k): rows [a, b) of a column are
 * reproduced by a fresh source at p + c·a, on any thread or machine.
 */
import { MAX_TAKE_WORDS, PhiloxSource, TWO_POW_MINUS_53 } from "./philox";

/** Reads one sample's words: first its main budget, then its extension blocks. */
export class SampleReader {
  private buf: Uint32Array = new Uint32Array(0);
  private i = 0;
  private end = 0;
  private samplePosition = 0;
  private j = 0;
  private readonly ext = new Uint32Array(4);
  private ei = 4;
  private source: PhiloxSource | null = null;

  /** Points the reader at main words buf[i, end) of the sample starting at word `samplePosition`. */
  reset(source: PhiloxSource, buf: Uint32Array, i: number, end: number, samplePosition: number): this {
    this.source = source;
    this.buf = buf;
    this.i = i;
    this.end = end;
    this.samplePosition = samplePosition;
    this.j = 0;
    this.ei = 4;
    return this;
  }

  /** The next word in [0, 2^32). */
  u32(): number {
    if (this.i < this.end) return this.buf[this.i++];
    if (this.ei === 4) {
      (this.source as PhiloxSource).extensionBlock(this.samplePosition, this.j++, this.ext);
      this.ei = 0;
    }
    return this.ext[this.ei++];
  }

  /** A double in [0, 1) from the next two words (lo, then hi). */
  float64(): number {
    const lo = this.u32();
    return (this.u32() * 2097152 + (lo >>> 11)) * TWO_POW_MINUS_53;
  }

  /** A double in (0, 1] from the next two words: 1 − float64(). */
  openFloat64(): number {
    const lo = this.u32();
    return (this.u32() * 2097152 + (lo >>> 11) + 1) * TWO_POW_MINUS_53;
  }
}

/** A writable numeric typed array. */
export type NumericArray =
  | Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array;

/**
 * Runs `draw` once per element of `out`, giving sample k its budget of `wordsPerSample`
 * main words (and its extension) through one reused reader.
 */
export function fillPerSample<T extends NumericArray>(
  source: PhiloxSource,
  out: T,
  wordsPerSample: number,
  draw: (reader: SampleReader) => number,
): T {
  const reader = new SampleReader();
  const c = wordsPerSample;
  const chunk = Math.floor(MAX_TAKE_WORDS / c);
  const buf = source.buffer;
  for (let done = 0; done < out.length; ) {
    const m = Math.min(out.length - done, chunk);
    const p0 = source.position;
    const i0 = source.take(m * c);
    for (let k = 0; k < m; k++) {
      const i = i0 + c * k;
      out[done + k] = draw(reader.reset(source, buf, i, i + c, p0 + c * k));
    }
    done += m;
  }
  return out;
}
