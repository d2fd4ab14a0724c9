// The spec's descriptions as help and errors show them. The spec records where each claim was checked in the
// server (`core/project/service/types.go`, `OpenAPICreateProductReq.Validate`): evidence for whoever
// maintains the spec, noise for someone running a command. The spec keeps it; what people read drops it.

/** A backticked reference to the server's code: a Go file, a Go type or function, a struct tag. */
const CODE_REF = /`(?:[^`\s]*\.go|OpenAPI\w*|[A-Z]\w*\.[A-Z]\w*|[a-z]+\.[A-Z]\w*|binding:[^`]*)`/;

function refersToCode(text: string): boolean {
  return CODE_REF.test(text) || /\bpkg\/microservice\b|\.go\b/.test(text);
}

/** Parenthesised asides that cite the server's code: ` (`OpenAPIFoo.Validate`, `core/x/types.go`)`. */
function dropCodeAsides(text: string): string {
  return text.replace(/\s*\((?:[^()]|\([^()]*\))*\)/g, (aside) => (refersToCode(aside) ? '' : aside));
}

/** A citation of code inside a sentence: `, `OpenAPIFoo` in `core/x/openapi.go``, `in `Foo.Validate``. */
const CITATION =
  /[,;]?\s*(?:(?:in|by|from|of|on|handler|response|route)\s+)?`[^`]*`(?:\s*(?:,|in|and|from)\s+`[^`]*`)*/g;

/** Whether every backticked name in `text` is the server's code (a citation to drop whole). */
function onlyCode(text: string): boolean {
  const names = text.match(/`[^`]*`/g) ?? [];
  return names.length > 0 && names.every((name) => CODE_REF.test(name));
}

function withoutCitations(clause: string): string {
  return clause.replace(CITATION, (citation) => (onlyCode(citation) ? '' : citation));
}

/** A sentence without its citations of code; a clause that still cites code is dropped. */
function userSentence(sentence: string): string {
  if (!refersToCode(sentence)) return sentence;
  const end = /[.:]$/.test(sentence) ? sentence.slice(-1) : '';
  const body = end ? sentence.slice(0, -1) : sentence;
  const clauses = body
    .split(/;\s+/)
    .map((clause, i) => {
      const cleaned = withoutCitations(clause).trim();
      // What stays of "Undocumented: route … in router.go": the releases that route it, if it names them.
      if (i === 0 && /^Undocumented:/.test(clause)) {
        return /^Undocumented: routed (only )?by Zadig [^`]*$/.test(cleaned)
          ? cleaned
          : "Undocumented: not in Zadig's docs";
      }
      return refersToCode(cleaned) ? '' : cleaned;
    })
    .filter(Boolean);
  return clauses.length ? `${clauses.join('; ')}${end || '.'}` : '';
}

/** Lines of at most `width` characters, broken at spaces. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * `text` without references to the server's source (Go files, types, functions, struct tags), paragraphs
 * kept and re-wrapped to `width` columns (0: one line each).
 */
export function userText(text: string, width = 0): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const flat = paragraph.replace(/\s+/g, ' ').trim();
      const sentences = dropCodeAsides(flat)
        .split(/(?<=[.:])\s+(?=[A-Z`])/)
        .map(userSentence)
        .filter((s) => s.trim());
      const joined = sentences.join(' ');
      return width > 0 ? wrap(joined, width) : joined;
    })
    .filter(Boolean)
    .join('\n\n');
}
