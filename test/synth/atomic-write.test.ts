import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { temporaryPathFor, writeFileAtomically, writeTextAtomicallySync } from "../../src/synth";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlsys-atomic-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("atomic writes", () => {
  it("the temporary file sits beside the final one and carries the pid", () => {
    expect(temporaryPathFor("/a/b/x.parquet")).toBe(`/a/b/x.parquet.tmp-${process.pid}`);
  });

  it("the final name appears only after the data is complete", async () => {
    const file = path.join(dir, "ok.bin");
    const result = await writeFileAtomically(file, async (fh) => {
      await fh.write(Buffer.from("hello "));
      expect(fs.existsSync(file)).toBe(false); // nothing under the final name yet
      expect(fs.existsSync(temporaryPathFor(file))).toBe(true);
      await fh.write(Buffer.from("world"));
      return 42;
    });
    expect(result).toBe(42);
    expect(fs.readFileSync(file, "utf8")).toBe("hello world");
    expect(fs.readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("a failing writer leaves the old file untouched and no temporary file", async () => {
    const file = path.join(dir, "keep.bin");
    fs.writeFileSync(file, "old");
    await expect(writeFileAtomically(file, async (fh) => {
      await fh.write(Buffer.from("half of the new"));
      throw new Error("disk on fire");
    })).rejects.toThrow("disk on fire");
    expect(fs.readFileSync(file, "utf8")).toBe("old");
    expect(fs.existsSync(temporaryPathFor(file))).toBe(false);
  });

  it("writes small text files atomically and synchronously", () => {
    const file = path.join(dir, "m.json");
    writeTextAtomicallySync(file, "{}\n");
    expect(fs.readFileSync(file, "utf8")).toBe("{}\n");
    expect(fs.existsSync(temporaryPathFor(file))).toBe(false);
  });
});
