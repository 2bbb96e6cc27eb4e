/**
 * The worked-example ids the reference catalogues list, read from ../shared/reference,
 * so the book index can be checked against them: bold `**WE-5.2 …**` / `**W7.4 …**`
 * headings in the chapter catalogues, and the rows of the complexity catalogue's §2
 * tables (E*, L-*, I-*), prefixed "C-".
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { SHARED } from "./seed-lines";

const reference = path.join(SHARED, "reference");

/** Ids of the catalogue `file`, or undefined when the catalogues are absent. */
export function catalogIds(file: string): string[] | undefined {
  const full = path.join(reference, file);
  if (!fs.existsSync(full)) return undefined;
  const lines = fs.readFileSync(full, "utf8").split("\n");
  if (file === "seeds-000-003.md") {
    const ids: string[] = [];
    let inTables = false;
    for (const line of lines) {
      if (/^### 2\.[134]/.test(line)) inTables = true;
      else if (/^### 2\.2|^## 3/.test(line)) inTables = false;
      const m = inTables ? line.match(/^\| (E\d+[a-z]?|L-[a-z]|I-\d+) \|/) : null;
      if (m) ids.push(`C-${m[1]}`);
    }
    return ids;
  }
  return lines.flatMap((line) => {
    const m = line.match(/^\*\*((?:WE-|W)\d+\.\d+)\s/);
    return m ? [m[1]] : [];
  });
}
