// The shape of operations.json (written by scripts/operation-index.mjs): one record per operation of the spec,
// for the tools that need the operations without walking the whole document. Types only.

/** A path, query or header parameter of an operation. */
export interface IndexedParameter {
  name: string;
  /** `path`, `query`, `header` or `cookie`. */
  in: string;
  required: boolean;
  description: string;
  /** The schema's type (`string` when it has none). */
  type: string;
  enum?: unknown[];
  /** The item type of an array parameter. */
  items?: string;
}

/** How zadigctl names an operation (`x-cli-*` in the spec). */
export interface CliNaming {
  module: string;
  verb: string;
  aliases?: string[];
  /** Parameters that may be given as positional arguments, in order (default: the path parameters). */
  args?: string[];
  /** Flag names for this operation's parameters where the generic mapping does not apply (`name` -> `workflow`). */
  flags?: Record<string, string>;
  destructive?: boolean;
  /**
   * The parameter or top-level body field whose value is typed to confirm a destructive call
   * (`x-cli-confirm`); default: the last of `args`, else the last path parameter.
   */
  confirm?: string;
  /** The waiter that `--wait` uses. */
  wait?: string;
  /** The response field that holds the list (shown as a table). */
  list?: string;
  /**
   * Request-body fields that are a canonical flag's thing, by flag (`{ project: 'project_key' }`, from the
   * properties' `x-cli-flag`): the flag (or the default project) fills the field, and must agree with it.
   */
  body?: { [flag: string]: string | undefined };
}

/** One operation of the spec. */
export interface IndexedOperation {
  operationId: string;
  tag: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  deprecated?: boolean;
  /** Routed by the server but not in Zadig's docs (`x-zadig-undocumented`). */
  undocumented?: boolean;
  /** First tracked Zadig release that routes it (`x-zadig-since`; `unreleased`: only main). */
  since?: string;
  /** Last tracked release that routes it, when later ones no longer do (`x-zadig-until`). */
  until?: string;
  /** The operation that took over this one's job on a newer route (`x-zadig-replaced-by`). */
  replacedBy?: string;
  /**
   * With `replacedBy`: the client sends calls of that operation to this one on releases that route only this
   * one; these are this operation's parameters that the newer one lacks (`x-zadig-reroute-needs`).
   */
  rerouteNeeds?: string[];
  /** Request changes between releases (`x-zadig-changes`). */
  changes?: { release: string; change: string }[];
  parameters: IndexedParameter[];
  requestBody?: { required: boolean; contentType: string };
  responseType?: string;
  /** Paginated (`pageNum` and `pageSize`): the field of the answer that holds the list. */
  pagination?: { list: string };
  cli?: CliNaming;
}

/** The whole of operations.json. */
export interface OperationIndex {
  'x-generated': string;
  docsVersion: string;
  /** The tracked Zadig releases, oldest first, `main` last. */
  releases: { release: string; date: string }[];
  /** zadigctl's module of each tag (`x-cli-module`). */
  modules: Record<string, { module: string; aliases?: string[] }>;
  operations: IndexedOperation[];
}
