import { describe, expect, it } from "vitest";
import { generateHelp, mainHelp, paramDocs, scenarioHelp } from "../../src/cli";
import { SCENARIOS } from "../../src/synth";

describe("help texts", () => {
  it("--help lists every scenario and every parameter with its default", () => {
    const text = mainHelp();
    for (const s of Object.values(SCENARIOS)) {
      expect(text).toContain(`${s.name} — ${s.title}`);
      for (const [k, v] of Object.entries(s.defaults as Record<string, unknown>)) expect(text).toContain(`${k} = ${JSON.stringify(v)}`);
    }
    expect(text).toContain("--partitions k");
    expect(text).toContain("--workers w");
    expect(generateHelp()).toContain("parquet, arrow, csv (default parquet)");
  });

  it("every scenario parameter has a description taken from its TSDoc", () => {
    for (const s of Object.values(SCENARIOS)) {
      const docs = paramDocs(Object.keys(s.defaults));
      for (const k of Object.keys(s.defaults)) expect(docs[k], `${s.name}.${k}`).toMatch(/\w/);
    }
    expect(paramDocs(Object.keys(SCENARIOS.clickstream.defaults)).windowSeconds).toBe("Length of the time window in s; 86,400 (24 h). See CLICKSTREAM_WINDOWS for 1 h and 7 d.");
  });

  it("help <scenario> shows its columns with units", () => {
    const text = scenarioHelp("clickstream");
    expect(text.split("\n")[0]).toBe("clickstream — Clickstream events (ETL vs ELT windows)");
    expect(text).toContain("    dwell_s  float64 [s]  ");
  });
});
