import { describe, expect, it } from "vitest";
import { parseArgs, parseCount, parseDrift, parseParams, UsageError } from "../../src/cli";

const specs = { rows: { value: true, short: "n" }, param: { value: true, repeat: true }, quiet: { value: false } };

describe("parseArgs", () => {
  it("reads --name value, --name=value, -x value, flags, repeats and --", () => {
    const p = parseArgs("generate", ["a", "--rows", "5", "--param=x=1", "-n", "7", "--quiet", "--param", "y=2", "--", "--rows"], { ...specs, rows: { value: true, repeat: true, short: "n" } });
    expect(p.positionals).toEqual(["a", "--rows"]);
    expect(p.options.get("rows")).toEqual(["5", "7"]);
    expect(p.options.get("param")).toEqual(["x=1", "y=2"]);
    expect(p.options.get("quiet")).toEqual([""]);
  });

  const bad: [string[], string][] = [
    [["--nope"], "mlsys-lab generate: unknown option --nope"],
    [["-z"], "mlsys-lab generate: unknown option -z"],
    [["--rows"], "mlsys-lab generate: --rows needs a value"],
    [["--quiet=yes"], "mlsys-lab generate: --quiet takes no value"],
    [["--rows", "1", "--rows", "2"], "mlsys-lab generate: --rows given twice"],
  ];
  for (const [argv, message] of bad) {
    it(`rejects ${argv.join(" ")} with one UsageError line`, () => {
      expect(() => parseArgs("generate", argv, specs)).toThrow(UsageError);
      expect(() => parseArgs("generate", argv, specs)).toThrow(message);
    });
  }
});

describe("parseCount", () => {
  it("accepts digits, underscores, exponents and k/M/G suffixes", () => {
    expect(["50000", "50_000", "5e4", "50k", "0.05M"].map((t) => parseCount("generate", "rows", t, 1, 1e9))).toEqual([50000, 50000, 50000, 50000, 50000]);
    expect(parseCount("generate", "rows", "1G", 1, 2147483647)).toBe(1e9);
  });

  for (const text of ["abc", "1.5", "-3", "0", "3G", "", "1e400", "12kk"]) {
    it(`rejects ${JSON.stringify(text)} naming the option and the value`, () => {
      expect(() => parseCount("generate", "rows", text, 1, 2147483647)).toThrow(`mlsys-lab generate: --rows must be an integer in [1, 2147483647]; got ${JSON.stringify(text)}`);
    });
  }
});

describe("parseParams and parseDrift", () => {
  it("reads JSON values and falls back to bare strings", () => {
    expect(parseParams("generate", ["a=1.5", "b=[1,2]", 'c="q"', "d=2024-02-01T00:00:00Z", "e=true", "f="])).toEqual({
      a: 1.5, b: [1, 2], c: "q", d: "2024-02-01T00:00:00Z", e: true, f: "",
    });
  });

  it("rejects entries without a name and repeated names", () => {
    expect(() => parseParams("generate", ["=3"])).toThrow('mlsys-lab generate: --param must look like name=value; got "=3"');
    expect(() => parseParams("generate", ["x"])).toThrow('--param must look like name=value; got "x"');
    expect(() => parseParams("generate", ["a=1", "a=2"])).toThrow("--param a given twice");
  });

  it("reads a spec, a list of specs, and rejects non-JSON and non-objects", () => {
    expect(parseDrift("generate", '{"kind":"duplicates","fraction":0.1}')).toEqual([{ kind: "duplicates", fraction: 0.1 }]);
    expect(parseDrift("generate", "[]")).toEqual([]);
    expect(() => parseDrift("generate", "{oops")).toThrow(/mlsys-lab generate: --drift must be JSON/);
    expect(() => parseDrift("generate", "[1]")).toThrow("--drift must be an injection spec object or an array of them");
    expect(() => parseDrift("generate", "@/no/such/file.json")).toThrow(/--drift cannot read \/no\/such\/file\.json/);
  });
});
