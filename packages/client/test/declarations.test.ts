// The published declarations (dist/types, written by the build) work under exactOptionalPropertyTypes: every
// optional property also accepts `undefined`, so `{ token: process.env.ZADIG_TOKEN }` type-checks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const typesDir = new URL('../dist/types/', import.meta.url).pathname;

function* declarationFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarationFiles(path);
    else if (entry.name.endsWith('.d.cts')) yield path;
  }
}

function acceptsUndefined(type: ts.TypeNode | undefined): boolean {
  if (!type) return true;
  if (type.kind === ts.SyntaxKind.UndefinedKeyword || type.kind === ts.SyntaxKind.UnknownKeyword) return true;
  if (type.kind === ts.SyntaxKind.AnyKeyword) return true;
  if (ts.isParenthesizedTypeNode(type)) return acceptsUndefined(type.type);
  // A pattern in a conditional type (`T extends { x?: infer X }`), not a property anyone sets.
  if (ts.isInferTypeNode(type)) return true;
  return ts.isUnionTypeNode(type) && type.types.some(acceptsUndefined);
}

/** Optional properties whose type does not include `undefined`, as `file: Interface.property`. */
function strictOptionals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node, owner: string) => {
    let name = owner;
    if (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) || ts.isTypeAliasDeclaration(node)) {
      name = node.name?.text ?? owner;
    }
    if ((ts.isPropertySignature(node) || ts.isPropertyDeclaration(node)) && node.questionToken) {
      if (!acceptsUndefined(node.type)) found.push(`${name}.${node.name.getText(source)}`);
    }
    ts.forEachChild(node, (child) => visit(child, name));
  };
  visit(source, '');
  return found.map((p) => `${file.slice(typesDir.length)}: ${p}`);
}

describe('declarations under exactOptionalPropertyTypes', () => {
  it('let every optional property be undefined', () => {
    const files = [...declarationFiles(typesDir)];
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(strictOptionals)).toEqual([]);
  });
});
