// The sources load many modules with `await import(…)`, so that the code says "this is only needed here" and
// tests run it as written. In a bundle, each such import would be a chunk of its own, and each module that two
// of them share another one: Node's ESM loader pays for every file it resolves and links, and a read used to
// load some forty. This plugin decides, in one place, what stays loaded on demand:
// - a boundary (a big or rarely used dependency) stays a dynamic import, a chunk of its own;
// - a group (e.g. every builtin command) is one chunk: importing any member loads them all, and members import
//   each other statically;
// - every other dynamic import becomes a static one, so that a command's common path is a few files.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const DYNAMIC_IMPORT = /\bimport\((['"])([^'"]+)\1\)/g;
const GROUP_NAMESPACE = 'lazy-group';

export interface LazyBoundaries {
  /** Specifiers (or resolved files) a dynamic import stays for. */
  boundaries: RegExp[];
  /** Named sets of source files and directories (every .ts file below them), each loaded as one chunk. */
  groups: Record<string, string[]>;
  /** Files of those directories that stay out of their group (e.g. a registry the core imports). */
  outside?: string[];
  /** The source root: only its files are rewritten. */
  root: string;
}

export function lazyBoundaries({ boundaries, groups, root, outside = [] }: LazyBoundaries): Plugin {
  // Each file's group, and its export name in the group's module (`m0`, `m1`, …), worked out once.
  const groupOf = new Map<string, string>();
  const exportOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const [name, paths] of Object.entries(groups)) {
    const files = paths.flatMap(tsFiles).filter((file) => !outside.includes(file));
    members.set(name, files);
    files.forEach((file, i) => {
      groupOf.set(file, name);
      exportOf.set(file, `m${i}`);
    });
  }
  return {
    name: 'lazy-boundaries',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${GROUP_NAMESPACE}:`) }, ({ path }) => ({
        path: path.slice(GROUP_NAMESPACE.length + 1),
        namespace: GROUP_NAMESPACE,
      }));
      build.onLoad({ filter: /.*/, namespace: GROUP_NAMESPACE }, ({ path: name }) => {
        return {
          contents: (members.get(name) ?? [])
            .map((f) => `export * as ${exportOf.get(f)} from ${JSON.stringify(f)};`)
            .join('\n'),
          resolveDir: root,
          loader: 'ts',
        };
      });
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (!path.startsWith(root)) return undefined;
        const source = await readFile(path, 'utf8');
        const hoisted: string[] = [];
        const contents = source.replace(DYNAMIC_IMPORT, (call, _quote, specifier: string) => {
          if (specifier.startsWith('node:')) return call;
          const target = specifier.startsWith('.')
            ? resolve(dirname(path), specifier.replace(/\.js$/, '.ts'))
            : '';
          const group = groupOf.get(target);
          if (group && group !== groupOf.get(path)) {
            return `import(${JSON.stringify(`${GROUP_NAMESPACE}:${group}`)}).then((g) => g.${exportOf.get(target)})`;
          }
          if (!group && boundaries.some((b) => b.test(specifier) || (target && b.test(target)))) return call;
          const name = `__static${hoisted.length}`;
          hoisted.push(`import * as ${name} from ${JSON.stringify(specifier)};`);
          return `Promise.resolve(${name})`;
        });
        if (contents === source) return undefined;
        return { contents: `${hoisted.join('\n')}\n${contents}`, loader: 'ts' };
      });
    },
  };
}

/** A .ts file itself, or every .ts file below a directory. */
function tsFiles(path: string): string[] {
  if (path.endsWith('.ts')) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(path, f));
}
