import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { openWarehouse } from "../../src/warehouse/warehouse";

describe("openWarehouse", () => {
  it("opens a DuckDB file, runs SQL, reports used blocks and deletes everything on close", async () => {
    const wh = await openWarehouse();
    expect(wh.blockSizeBytes).toBe(65536);
    expect(wh.threads).toBe(1);
    expect(fs.existsSync(path.dirname(wh.path))).toBe(true);
    await wh.run("CREATE TABLE t AS SELECT range AS x FROM range(3)");
    expect(await wh.query("SELECT sum(x) AS s, count(*) AS n FROM t")).toEqual([{ s: 3, n: 3 }]);
    const small = await wh.storedBytes();
    expect(small % 65536).toBe(0);
    await wh.run("CREATE TABLE big AS SELECT range AS x, hash(range) AS h FROM range(200000)");
    expect(await wh.storedBytes()).toBeGreaterThan(small);
    wh.close();
    wh.close(); // twice is harmless
    expect(fs.existsSync(path.dirname(wh.path))).toBe(false);
  });

  it("takes the block size and thread count it is given", async () => {
    const wh = await openWarehouse({ blockSizeBytes: 16384, threads: 2 });
    expect([wh.blockSizeBytes, wh.threads]).toEqual([16384, 2]);
    expect(await wh.query("SELECT current_setting('threads') AS t")).toEqual([{ t: 2 }]);
    wh.close();
  });

  it("rejects a block size that is not a power of two in [16 KiB, 256 KiB], and bad thread counts", async () => {
    await expect(openWarehouse({ blockSizeBytes: 100000 })).rejects.toThrow(InvalidParameterError);
    await expect(openWarehouse({ blockSizeBytes: 100000 })).rejects.toThrow(/openWarehouse: blockSizeBytes must be a power of two in \[16384, 262144\]; got 100000/);
    await expect(openWarehouse({ blockSizeBytes: 8192 })).rejects.toThrow(/blockSizeBytes.*8192/);
    await expect(openWarehouse({ threads: 0 })).rejects.toThrow(/openWarehouse: threads .*; got 0/);
  });
});
