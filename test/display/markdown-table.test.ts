import { describe, expect, test } from "vitest";
import { escapeMarkdownCell, formatCell, markdownTable, textTable } from "../../src/display/markdown-table";
import { q } from "../../src/units/quantity";

describe("formatCell", () => {
  test("quantities, whole and fractional numbers, null, arrays", () => {
    expect(formatCell(q(2184000, "s"))).toBe("25.3 days");
    expect(formatCell(8)).toBe("8");
    expect(formatCell(1024)).toBe("1,024");
    expect(formatCell(1234567.8)).toBe("1,234,568");
    expect(formatCell(0.0293)).toBe("0.0293");
    expect(formatCell(null)).toBe("—");
    expect(formatCell(undefined)).toBe("—");
    expect(formatCell(true)).toBe("true");
    expect(formatCell([8, 2.5])).toBe("8, 2.50");
    expect(formatCell(Array.from({ length: 12 }, (_, i) => i))).toBe("0, 1, 2, 3, 4, 5, 6, 7, 8, 9, … (12 items)");
    expect(formatCell({ a: 1 })).toBe("{…}");
  });
});

describe("markdown tables", () => {
  test("escape pipes, backslashes and line breaks so a cell cannot split the row", () => {
    expect(escapeMarkdownCell("a|b")).toBe("a\\|b");
    expect(escapeMarkdownCell("C:\\x|y")).toBe("C:\\\\x\\|y");
    expect(escapeMarkdownCell("x\ny")).toBe("x<br>y");
    const md = markdownTable({ header: ["name", "value"], rows: [["a|b", "1"]], numeric: [false, true] });
    expect(md).toBe("| name | value |\n| --- | ---: |\n| a\\|b | 1 |");
    // Every line has exactly the three unescaped pipes of a two-column row.
    for (const line of md.split("\n")) expect(line.replace(/\\\|/g, "").split("|")).toHaveLength(4);
  });

  test("plain-text tables pad columns and right-align numbers", () => {
    const text = textTable({ header: ["name", "value"], rows: [["gpus", "1,024"], ["η", "0.45"]], numeric: [false, true] });
    expect(text).toBe("name  value\n----  -----\ngpus  1,024\nη      0.45");
  });
});
