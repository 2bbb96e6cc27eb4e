import { describe, expect, it } from "vitest";
import { formatScan } from "../../src/warehouse/format-scan";
import { openWarehouse } from "../../src/warehouse/warehouse";
import { InvalidParameterError } from "../../src/util/errors";

describe("formatScan", () => {
  it("writes the same data in every format, with repeatable sizes, and reads it back", async () => {
    const run = async () => {
      const wh = await openWarehouse();
      try {
        return await formatScan({ warehouse: wh, rows: 5000, columns: 12, columnsRead: 3, repeats: 1 });
      } finally {
        wh.close();
      }
    };
    const a = await run();
    const b = await run();
    expect(a.files.map((f) => f.format)).toEqual(["csv", "parquet-uncompressed", "parquet-snappy", "parquet-gzip", "parquet-zstd"]);
    expect(new Set(a.files.map((f) => f.checksum)).size).toBe(1);
    expect(a.files.map((f) => f.bytes)).toEqual(b.files.map((f) => f.bytes));
    const csv = a.files[0];
    expect(a.files.slice(1).every((f) => f.bytes < csv.bytes)).toBe(true);
    expect(a.files.every((f) => f.readSomeSeconds > 0 && Number.isFinite(f.readAllSeconds))).toBe(true);
  }, 60_000);

  it("rejects sizes out of range and unknown formats", async () => {
    const wh = await openWarehouse();
    try {
      await expect(formatScan({ warehouse: wh, rows: 10, columns: 2, columnsRead: 3 })).rejects.toThrow(/formatScan: columnsRead must be an integer in \[1, columns = 2\]; got 3/);
      await expect(formatScan({ warehouse: wh, rows: 10, columns: 2, columnsRead: 1, formats: ["orc" as never] })).rejects.toThrow(InvalidParameterError);
      await expect(formatScan({ warehouse: {} as never, rows: 10, columns: 2, columnsRead: 1 })).rejects.toThrow(/warehouse/);
    } finally {
      wh.close();
    }
  });
});
