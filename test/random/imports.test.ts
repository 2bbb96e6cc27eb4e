import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("src/random dependency direction", () => {
  it("imports only from ./ and ../util (never Math.random)", () => {
    const dir = join(__dirname, "../../src/random");
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), "utf8");
      for (const m of text.matchAll(/from\s+"([^"]+)"/g)) expect(m[1], `${file}: ${m[1]}`).toMatch(/^(\.\/[\w-]+|\.\.\/util\/[\w-]+)$/);
      expect(text.includes("Math.random(")).toBe(false);
    }
  });
});
