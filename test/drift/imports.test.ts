import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../../src/drift");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("src/drift dependency direction", () => {
  it("imports only from src/drift itself, src/util and src/random", () => {
    for (const file of files(root)) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/from\s+"([^"]+)"/g)) {
        const spec = m[1];
        const ok = spec.startsWith("./") || /^(\.\.\/)+(util|random)\//.test(spec) || (spec.startsWith("../") && file.includes("/special/") && !spec.startsWith("../../"));
        expect(ok, `${relative(root, file)} imports ${spec}`).toBe(true);
      }
    }
  });
});
