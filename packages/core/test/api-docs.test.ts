import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const entries = ["src/index.ts", "src/schema.ts", "src/authoring.ts"].map((file) => join(root, file));

// A reuser reads the API in their editor: every export of every entry says what it is.
describe("the public API", () => {
  it("documents every export of every entry with JSDoc", () => {
    const program = ts.createProgram(entries, {
      allowImportingTsExtensions: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
    });
    const checker = program.getTypeChecker();
    const undocumented: string[] = [];
    let count = 0;
    for (const entry of entries) {
      const source = program.getSourceFile(entry);
      const module = source && checker.getSymbolAtLocation(source);
      if (!module) throw new Error(`cannot read ${entry}`);
      for (const exported of checker.getExportsOfModule(module)) {
        count++;
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        if (ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() === "") {
          undocumented.push(`${entry.slice(root.length + 1)}: ${exported.name}`);
        }
      }
    }
    expect(count).toBeGreaterThan(100);
    expect(undocumented).toEqual([]);
  }, 60_000);
});
