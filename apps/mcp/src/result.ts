// The one place a tool's value becomes what the host receives: the token scrubbed, the value fitted to the
// character budget (saying what was cut), compact JSON text, and structured content only where the tool
// declares an output schema (elsewhere it would be a second copy of the text).
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { scrubDeep } from '@zadig-ts/node';
import { type CutReport, fitValue, MAX_RESULT_CHARS_CAP } from './budget.js';

export interface ResultOptions {
  /** Characters the text may take. */
  maxChars: number;
  /** Strings that must not appear (the token). */
  secrets: readonly (string | undefined)[];
  /** Also send the value as `structuredContent` (tools with an `outputSchema`). */
  structured: boolean;
  isError?: boolean;
  /** How to get what a cut left out, for this tool (default: ask for less or a larger maxChars). */
  rest?: string | undefined;
}

function noted(value: unknown, cuts: CutReport, options: ResultOptions): Record<string, unknown> {
  const base =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { value };
  if (!cuts.strings && !cuts.arrays) return base;
  return {
    ...base,
    truncated: {
      maxChars: options.maxChars,
      ...cuts,
      rest:
        options.rest ??
        `Ask for less (fields, jq, a smaller limit) or pass a larger maxChars (at most ${MAX_RESULT_CHARS_CAP}).`,
    },
  };
}

/** The MCP result of a tool's value. */
export function toolResult(value: Record<string, unknown>, options: ResultOptions): CallToolResult {
  const clean = scrubDeep(value, options.secrets);
  const fitted = fitValue(clean, options.maxChars, (v, cuts) => JSON.stringify(noted(v, cuts, options)));
  const final = noted(fitted.value, fitted.cuts, options);
  return {
    content: [{ type: 'text', text: JSON.stringify(final) }],
    ...(options.structured ? { structuredContent: final } : {}),
    ...(options.isError ? { isError: true } : {}),
  };
}
