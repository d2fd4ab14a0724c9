// Types of program.mjs for the TypeScript tests that import it.
import type { GoSource } from '../check-server-structs.mjs';
export interface GoField {
  goName: string;
  json: string;
  bson: string;
  omitempty: boolean;
  required: boolean;
  shape: GoShape;
}
export interface GoShape {
  kind: string;
  id?: string;
  elem?: GoShape;
  items?: GoShape;
  values?: GoShape;
  nilable?: boolean;
  readonly fields?: GoField[];
  readonly bsonFields?: GoField[];
}
export function createProgram(
  source: GoSource,
  module: string,
  parser: unknown,
): { namedShape(dir: string, name: string): GoShape; checkedFields(id: string): Set<string> };
