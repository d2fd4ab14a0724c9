// The verdict on one answer: is the status documented (and a success, or expected), does the content type
// match what is documented for it, and does a JSON body validate against the schema for that status.
import type { SpecValidator, Violation } from '@zadig-ts/openapi/validator';
import type { Exchange } from './exchange.js';
import { type DocumentedResponses, documentedFor, statusList } from './spec.js';

/** What a check concluded. */
export interface Verdict {
  passed: boolean;
  /** Why it failed, beyond schema violations (status, content type, unreadable body). */
  problems: string[];
  violations: Violation[];
}

/** What a check needs to know about the operation. */
export interface CheckContext {
  operationId: string;
  responses: DocumentedResponses;
  validator: SpecValidator;
  /** Documented non-2xx statuses accepted as a pass (from the params file). */
  expectStatus?: number[];
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function isJsonType(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json');
}

/** A short, single-line excerpt of a body for messages (HTML tags dropped). */
export function excerpt(text: string | undefined, max = 80): string {
  const flat = (text ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** What an error body says, for the message of a failed status. */
function errorSummary(text: string | undefined): string {
  try {
    const body = JSON.parse(text ?? '') as { message?: unknown; description?: unknown };
    const parts = [body.message, body.description].filter((p) => typeof p === 'string' && p);
    if (parts.length) return parts.join(': ');
  } catch {
    // not JSON: the excerpt below says what it was
  }
  const short = excerpt(text);
  return short ? `"${short}"` : 'empty body';
}

/** Checks an exchange against what the spec documents for the operation. */
export function check(exchange: Exchange, context: CheckContext): Verdict {
  if (exchange.kind === 'no-answer') return { passed: false, problems: [exchange.reason], violations: [] };
  const { status } = exchange;
  const documented = documentedFor(context.responses, status);
  if (!documented) {
    return {
      passed: false,
      problems: [
        `status ${status} is not documented (documented: ${statusList(context.responses)}); body: ${errorSummary(exchange.text)}`,
      ],
      violations: [],
    };
  }
  const problems: string[] = [];
  const success = status >= 200 && status < 300;
  if (!success && !context.expectStatus?.includes(status)) {
    problems.push(`status ${status} (documented, not a success): ${errorSummary(exchange.text)}`);
  }
  const violations: Violation[] = [];
  if (documented.mediaTypes.length) {
    const actual = mediaType(exchange.contentType);
    if (!documented.mediaTypes.includes(actual)) {
      problems.push(
        `content-type ${actual ? JSON.stringify(actual) : 'missing'}, documented ${documented.mediaTypes.join(' or ')}`,
      );
    }
    const expectsJson = documented.mediaTypes.some(isJsonType);
    if (expectsJson && context.validator.hasResponseBody(context.operationId, status)) {
      violations.push(...validateJson(exchange.text, context, status, problems));
    }
  }
  return { passed: problems.length === 0 && violations.length === 0, problems, violations };
}

function validateJson(
  text: string | undefined,
  context: CheckContext,
  status: number,
  problems: string[],
): Violation[] {
  if (text === undefined || text.trim() === '') {
    problems.push('empty body, documented a JSON body');
    return [];
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    problems.push(`body is not JSON: "${excerpt(text)}"`);
    return [];
  }
  return context.validator.response(context.operationId, status, body);
}
