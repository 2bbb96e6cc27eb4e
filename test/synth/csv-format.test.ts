import { describe, expect, it } from "vitest";
import { formatFloat32, formatFloat64, formatTimestampMs, quoteCsv } from "../../src/synth";
import { csvRows, csvHeader } from "../../src/synth/writers/csv-writer";
import { csvToColumns, parseCsvRecords } from "../../src/synth/writers/csv-reader";
import { DatasetIntegrityError } from "../../src/synth";
import { Columns } from "../../src/synth";
import { ManifestField } from "../../src/synth/manifest";

describe("CSV value forms", () => {
  it("float64 uses the shortest round-trip decimal and keeps -0 and the non-finite values", () => {
    expect(formatFloat64(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(formatFloat64(-0)).toBe("-0");
    expect(formatFloat64(1e21)).toBe("1e+21");
    expect([NaN, Infinity, -Infinity].map(formatFloat64)).toEqual(["NaN", "Infinity", "-Infinity"]);
  });

  it("float32 uses the fewest digits that read back as the same float32", () => {
    expect(formatFloat32(Math.fround(0.1))).toBe("0.1");
    expect(formatFloat32(Math.fround(1 / 3))).toBe("0.33333334");
    expect(formatFloat32(Math.fround(16777217))).toBe("16777216");
    // Round trip over many values: Math.fround(Number(text)) gives the value back.
    const xs = new Float32Array(2000);
    for (let i = 0; i < xs.length; i++) xs[i] = Math.sin(i * 12.9898) * 10 ** ((i % 17) - 8);
    for (const x of xs) expect(Math.fround(Number(formatFloat32(x)))).toBe(x);
  });

  it("quotes only fields with a comma, quote, CR or LF, and the empty string", () => {
    expect(quoteCsv("plain")).toBe("plain");
    expect(quoteCsv('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(quoteCsv("two\r\nlines")).toBe('"two\r\nlines"');
    expect(quoteCsv("")).toBe('""');
  });

  it("timestamps are UTC ISO-8601 with milliseconds", () => {
    expect(formatTimestampMs(1704067204750)).toBe("2024-01-01T00:00:04.750Z");
  });
});

describe("CSV rows and parsing round trip", () => {
  const columns: Columns = {
    id: { type: "int32", values: Int32Array.of(1, 2, 3) },
    x: { type: "float64", values: Float64Array.of(0.5, -0, 1e-7), nulls: Uint8Array.of(0, 0, 1) },
    label: { type: "dictionary", values: Int32Array.of(0, 1, 2), dictionary: ["a,b", 'q"x', ""] },
    ok: { type: "bool", values: Uint8Array.of(1, 0, 1) },
    t: { type: "timestamp", values: Float64Array.of(0, 1000, 1704067204750) },
    e: { type: "embedding", values: Float32Array.of(0.25, 0.5, -1, 2, 3, 4), size: 2 },
  };
  const schema: ManifestField[] = [
    { name: "id", type: "int32", nullable: false },
    { name: "x", type: "float64", nullable: true },
    { name: "label", type: "dictionary", nullable: false, categories: ["a,b", 'q"x', ""] },
    { name: "ok", type: "bool", nullable: false },
    { name: "t", type: "timestamp", nullable: false },
    { name: "e", type: "embedding", nullable: false, size: 2 },
  ];
  const text = csvHeader(columns) + csvRows(columns, 0, 3);

  it("writes RFC 4180 lines with CRLF, empty nulls and quoted embeddings", () => {
    expect(text).toBe(
      "id,x,label,ok,t,e\r\n" +
      '1,0.5,"a,b",true,1970-01-01T00:00:00.000Z,"[0.25,0.5]"\r\n' +
      '2,-0,"q""x",false,1970-01-01T00:00:01.000Z,"[-1,2]"\r\n' +
      '3,,"",true,2024-01-01T00:00:04.750Z,"[3,4]"\r\n',
    );
  });

  it("parses back to the same typed arrays, nulls and labels", () => {
    const back = csvToColumns(parseCsvRecords(text, "t.csv"), schema, "t.csv");
    expect(back.rowCount).toBe(3);
    expect(Array.from(back.columns.id.values)).toEqual([1, 2, 3]);
    expect(Object.is(back.columns.x.values[1], -0)).toBe(true);
    expect(Array.from(back.columns.x.nulls ?? [])).toEqual([0, 0, 1]);
    expect(Array.from(back.columns.label.values)).toEqual([0, 1, 2]);
    expect(Array.from(back.columns.t.values)).toEqual([0, 1000, 1704067204750]);
    expect(Array.from(back.columns.e.values)).toEqual([0.25, 0.5, -1, 2, 3, 4]);
  });

  it("rejects a header that differs from the schema and an unterminated quote", () => {
    const wrong = text.replace("id,x", "id,y");
    expect(() => csvToColumns(parseCsvRecords(wrong, "t.csv"), schema, "t.csv")).toThrow(DatasetIntegrityError);
    expect(() => csvToColumns(parseCsvRecords(wrong, "t.csv"), schema, "t.csv")).toThrow(/t\.csv failed its schema check: expected header id,x,label,ok,t,e, got id,y/);
    expect(() => parseCsvRecords('a,"b\r\n', "u.csv")).toThrow(/u\.csv failed its content check/);
  });

  it("rejects an unknown dictionary label, naming the column and row", () => {
    const bad = text.replace('"q""x"', "zzz");
    expect(() => csvToColumns(parseCsvRecords(bad, "t.csv"), schema, "t.csv")).toThrow(/a label of column label, got "zzz" on data row 2/);
  });
});
