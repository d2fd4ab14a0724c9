// Small helpers over tree-sitter nodes shared by the router and handler readers.

/** Every named node under `node`, depth first. */
export function* descendants(node) {
  for (const child of node.namedChildren) {
    yield child;
    yield* descendants(child);
  }
}

/** A node's source text (undefined for no node). */
export const text = (node) => node?.text;

/** A Go string literal's text without its quotes. */
export const unquote = (s) => s.slice(1, -1);
