import { afterEach, describe, expect, it } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { philox, streamFor, streamId } from "../../src/random";
import { philoxBackend, philoxBlockJs, philoxFill, philoxUsesSimd, setPhiloxJsOnly, setPhiloxSimd } from "../../src/random/philox-kernel";
import fixture from "./fixtures/philox-fixture.json";

afterEach(() => {
  setPhiloxJsOnly(false);
  setPhiloxSimd(true);
});

describe("Philox4x32-10 block function", () => {
  it.each(fixture.random123)("matches Random123 kat_vectors (JS) for counter $counter", ({ counter, key, out }) => {
    const got = new Uint32Array(4);
    philoxBlockJs(key[0], key[1], counter[0], counter[1], counter[2], counter[3], got, 0);
    expect(Array.from(got)).toEqual(out);
  });

  it("runs on WebAssembly here, and the bulk fill equals the JS block function across odd starts and 2^32 carries", () => {
    expect(philoxBackend()).toBe("wasm");
    for (const [start, n] of [[0, 9], [3, 6000], [4294967296 - 5, 11], [2 ** 40 + 1, 4100]]) {
      const bulk = new Uint32Array(4 * n);
      philoxFill(0x12345678, 0x9abcdef0, start, 77, 0, bulk, 0, n);
      const one = new Uint32Array(4 * n);
      for (let b = 0; b < n; b++) {
        const c = start + b;
        philoxBlockJs(0x12345678, 0x9abcdef0, c % 2 ** 32, Math.floor(c / 2 ** 32), 77, 0, one, 4 * b);
      }
      expect(bulk).toEqual(one);
    }
  });

  it("the SIMD kernel (16 counters per step) equals the scalar WebAssembly kernel, including short tails", () => {
    expect(philoxUsesSimd()).toBe(true);
    const runs = [[0, 16], [5, 4097], [4294967296 - 21, 40], [2 ** 52 + 3, 7], [123456789, 1]];
    const fill = () => runs.map(([start, n]) => {
      const out = new Uint32Array(4 * n);
      philoxFill(0xdeadbeef, 0x01234567, start, 0xffffffff, 0x80000001, out, 0, n);
      return out;
    });
    const simd = fill();
    setPhiloxSimd(false);
    expect(philoxUsesSimd()).toBe(false);
    expect(philoxBackend()).toBe("wasm");
    expect(fill()).toEqual(simd);
  });
});

describe("philox(seed, { stream, position }) against the Python reference fixture", () => {
  it.each(fixture.cases)("words and doubles for seed $seed stream $stream position $position", (c) => {
    for (const jsOnly of [false, true]) {
      setPhiloxJsOnly(jsOnly);
      const src = philox(c.seed, { stream: c.stream, position: c.position });
      expect(Array.from(src.fillUint32(new Uint32Array(12)))).toEqual(c.words);
      expect(src.position).toBe(c.position + 12);
      const d = philox(c.seed, { stream: c.stream, position: c.position });
      expect(Array.from(d.fillUniform(new Float64Array(6)))).toEqual(c.doubles);
      const e = philox(c.seed, { stream: c.stream, position: c.position });
      expect([e.nextUint32(), e.nextUint32()]).toEqual(c.words.slice(0, 2));
      expect(e.at(c.position).nextFloat64()).toBe(c.doubles[0]);
    }
  });

  it.each(fixture.extension)("extension block $j of sample at $samplePosition", (c) => {
    const out = new Uint32Array(4);
    philox(c.seed, { stream: c.stream }).extensionBlock(c.samplePosition, c.j, out);
    expect(Array.from(out)).toEqual(c.words);
  });
});

describe("source cursor", () => {
  it("mixes nextUint32, nextFloat64 and fills without losing or reusing words", () => {
    const a = philox(9, { stream: 1 });
    const ref = philox(9, { stream: 1 }).fillUint32(new Uint32Array(10000));
    expect(a.nextUint32()).toBe(ref[0]);
    const u = a.nextFloat64();
    expect(u).toBe((ref[2] * 2 ** 21 + (ref[1] >>> 11)) * 2 ** -53);
    a.fillUniform(new Float64Array(4100));
    expect(a.position).toBe(3 + 8200);
    expect(a.nextUint32()).toBe(ref[8203]);
    expect(a.clone().nextUint32()).toBe(ref[8204]);
    expect(a.skip(10).nextUint32()).toBe(ref[8214]);
    expect(a.seek(2).nextUint32()).toBe(ref[2]);
  });

  it("gives different, uncorrelated sequences for different streams and seeds", () => {
    const x = philox(1, { stream: 0 }).fillUniform(new Float64Array(20000));
    const y = philox(1, { stream: 1 }).fillUniform(new Float64Array(20000));
    const z = philox(2, { stream: 0 }).fillUniform(new Float64Array(20000));
    const corr = (a: Float64Array, b: Float64Array) => {
      let s = 0;
      for (let i = 0; i < a.length; i++) s += (a[i] - 0.5) * (b[i] - 0.5);
      return s / a.length / (1 / 12);
    };
    // Correlation of independent uniforms has sd 1/√n ≈ 0.007; allow 5 sd.
    expect(Math.abs(corr(x, y))).toBeLessThan(0.036);
    expect(Math.abs(corr(x, z))).toBeLessThan(0.036);
    expect(x[0]).not.toBe(y[0]);
  });

  it("asFunction() is a d3-style () => number in [0, 1)", () => {
    const f = philox(3).asFunction();
    const v = f();
    expect(v).toBe(philox(3).nextFloat64());
    expect(v >= 0 && v < 1).toBe(true);
  });
});

describe("named streams", () => {
  it("streamId is 32-bit FNV-1a of the UTF-8 bytes", () => {
    expect(streamId("a")).toBe(0xe40c292c); // published FNV-1a test vector
    expect(streamId("foobar")).toBe(0xbf9cf968); // published FNV-1a test vector
    expect(streamId("é")).not.toBe(streamId("e"));
    expect(streamFor(42, "latency_ms").stream).toBe(streamId("latency_ms"));
  });
});

describe("bad parameters", () => {
  const cases: [string, () => unknown, string, string][] = [
    ["negative seed", () => philox(-1), "seed", "-1"],
    ["fractional seed", () => philox(1.5), "seed", "1.5"],
    ["seed ≥ 2^53", () => philox(2 ** 53), "seed", String(2 ** 53)],
    ["NaN seed", () => philox(NaN), "seed", "NaN"],
    ["stream ≥ 2^32", () => philox(1, { stream: 2 ** 32 }), "stream", String(2 ** 32)],
    ["negative position", () => philox(1, { position: -4 }), "position", "-4"],
    ["skip by a fraction", () => philox(1).skip(0.5), "words", "0.5"],
    ["empty stream name", () => streamId(""), "name", '""'],
  ];
  it.each(cases)("%s throws InvalidParameterError naming it", (_, f, param, value) => {
    expect(f).toThrow(InvalidParameterError);
    expect(f).toThrow(new RegExp(`${param} must be .*; got ${value.replace(/[.^$()]/g, "\\$&")}`));
  });
});
