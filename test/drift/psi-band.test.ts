import { describe, expect, it } from "vitest";
import { psiBand } from "../../src/drift/psi-band";

describe("psiBand (book bands, seed L4953: < 0.1 stable, 0.1–0.2 moderate, > 0.2 significant)", () => {
  it("classifies around the boundaries", () => {
    expect(psiBand(0)).toBe("stable");
    expect(psiBand(0.0999)).toBe("stable");
    expect(psiBand(0.1)).toBe("moderate");
    expect(psiBand(0.2)).toBe("moderate");
    expect(psiBand(0.2001)).toBe("significant");
    expect(psiBand(0.31)).toBe("significant"); // fraud trajectory endpoint, L37339
  });
});
