/**
 * Every public export (what `import … from "mlsys-lab"` offers) carries TSDoc, and every
 * public function and class shows a call in an `@example`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { describe, expect, it } from "vitest";
import * as library from "../../src";

const src = path.resolve(__dirname, "../../src");
const publicNames = new Set(Object.keys(library));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

interface Declaration {
  readonly where: string;
  readonly name: string;
  readonly runtime: boolean;
  readonly doc: string;
}

function exportedDeclarations(file: string): Declaration[] {
  const text = fs.readFileSync(file, "utf8");
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Declaration[] = [];
  for (const statement of sourceFile.statements) {
    if (!(ts.getCombinedModifierFlags(statement as unknown as ts.Declaration) & ts.ModifierFlags.Export)) continue;
    const doc = text.slice(statement.getFullStart(), statement.getStart());
    const where = `${path.relative(src, file)}:${sourceFile.getLineAndCharacterOfPosition(statement.getStart()).line + 1}`;
    const names = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations.map((d) => d.name.getText())
      : "name" in statement && statement.name ? [(statement.name as ts.Identifier).getText()] : [];
    const runtime = ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement);
    for (const name of names) found.push({ where, name, runtime, doc });
  }
  return found;
}

describe("TSDoc on the public API", () => {
  const declarations = sourceFiles(src).flatMap(exportedDeclarations).filter((d) => publicNames.has(d.name));

  it("finds the public API", () => {
    expect(declarations.length).toBeGreaterThan(100);
  });

  it("every public export has a TSDoc comment", () => {
    const undocumented = declarations.filter((d) => !d.doc.includes("/**")).map((d) => `${d.where} ${d.name}`);
    expect(undocumented).toEqual([]);
  });

  it("every public function and class shows a call in an @example", () => {
    const withoutExample = declarations.filter((d) => d.runtime && !d.doc.includes("@example")).map((d) => `${d.where} ${d.name}`);
    expect(withoutExample).toEqual([]);
  });
});
