// What every handler gets and gives, and the small helpers they share.
import type { ServerResponse } from 'node:http';
import { notFound } from '../errors.js';
import type { ParamValues } from '../params.js';
import type { Json, ServedSpec } from '../spec.js';
import type { Project } from '../state/model.js';
import type { SimulatorState } from '../state/store.js';

export interface HandlerInput {
  params: ParamValues;
  body: Json;
  state: SimulatorState;
  /** Simulated time, ms. */
  now: number;
  spec: ServedSpec;
  /** Who the request acts as. */
  user: string;
  /** The simulated time when asked (for streams that outlive the request) and a way to hear it move. */
  clock: { now(): number; watch(listener: () => void): () => void };
}

/** A JSON (or text) answer, or a stream the handler writes itself. */
export type HandlerResult =
  | { status?: number; body: unknown; contentType?: string }
  | { stream: (res: ServerResponse, closed: Promise<void>) => void };

export type Handler = (input: HandlerInput) => HandlerResult;

export const SUCCESS = { body: { message: 'success' } };

/** Unix seconds of a simulated time. */
export const seconds = (ms: number | undefined) => (ms === undefined ? 0 : Math.floor(ms / 1000));

/**
 * The operation's documented example, as the starting point of an answer: fields the simulator does not
 * track keep their documented values, so the answer has every field the spec shows.
 */
export function example(input: HandlerInput, operationId: string): Json {
  return input.spec.byId.get(operationId)?.example()?.body ?? {};
}

/** The first item of a documented list, as the starting point of each item. */
export function exampleItem(input: HandlerInput, operationId: string, field?: string): Json {
  const body = example(input, operationId);
  const list = field ? body?.[field] : body;
  return structuredClone(Array.isArray(list) && list.length ? list[0] : {});
}

/** One page of `items` (pages count from 1); without paging parameters, all of them. */
export function page<T>(items: T[], params: ParamValues): T[] {
  const size = params.pageSize as number | undefined;
  if (!size) return items;
  const num = (params.pageNum as number | undefined) ?? 1;
  return items.slice((num - 1) * size, num * size);
}

export function project(input: HandlerInput, key: unknown): Project {
  const found = input.state.projects.get(String(key));
  if (!found) throw notFound(`project ${String(key)} not found`);
  return found;
}
