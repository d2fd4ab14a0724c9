// Just enough Markdown to check links: headings and their GitHub anchors, and link targets, both outside code.

/** Lines that are prose: fenced code blocks are blanked (kept as empty lines, so line numbers still match). */
export function proseLines(text: string): string[] {
  let fence: string | undefined;
  return text.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined;
      return '';
    }
    return fence === undefined ? line : '';
  });
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces made hyphens. */
export function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor of a document, repeated headings numbered as GitHub numbers them (`x`, `x-1`, `x-2`). */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of proseLines(text)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    out.add(count === 0 ? base : `${base}-${count}`);
  }
  return out;
}

export interface Link {
  target: string;
  line: number;
}

/** Inline links and images (`[text](target)`) and reference definitions (`[name]: target`) outside code. */
export function links(text: string): Link[] {
  const out: Link[] = [];
  proseLines(text).forEach((raw, i) => {
    // Code spans can hold brackets (`a[b]=1`); a span inside link text stays text.
    const line = raw.replace(/(`+)(?:(?!\1).)+?\1/g, 'code');
    for (const match of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      out.push({ target: match[1] as string, line: i + 1 });
    }
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(line);
    if (definition) out.push({ target: definition[1] as string, line: i + 1 });
  });
  return out;
}
