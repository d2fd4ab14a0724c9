// The character budget of a tool result: a model's context is the scarce resource, so no result is longer
// than the budget, and a result that was cut says what was cut and how to get the rest.

/** Default budget of one result, in characters of its (compact JSON) text. */
export const DEFAULT_MAX_RESULT_CHARS = 16_000;
/** The largest budget a call may ask for with `maxChars`, and `--max-result-chars` may set. */
export const MAX_RESULT_CHARS_CAP = 100_000;
/** The smallest budget: below it not even a cut result with its note fits. */
export const MIN_RESULT_CHARS = 1_000;
/** Strings longer than this are cut even within the budget (logs and YAML belong to the dedicated tools). */
export const MAX_STRING = 4_000;
/** Cut strings keep at least this much, so that a cut value still says what it was. */
const MIN_STRING = 40;

type Json = unknown;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a cut removed, for the result's `truncated` note. */
export interface CutReport {
  /** Strings cut, and the length each was cut to. */
  strings?: { cut: number; keptChars: number };
  /** Arrays shortened: where (JSON pointer), items kept, items there were. */
  arrays?: Array<{ at: string; shown: number; total: number }>;
}

/** `value` with every string longer than `max` cut, counting them. */
export function cutStrings(value: Json, max: number, counter: { cut: number } = { cut: 0 }): Json {
  if (typeof value === 'string') {
    if (value.length <= max) return value;
    counter.cut++;
    return `${value.slice(0, max)}… [${value.length - max} more characters]`;
  }
  if (Array.isArray(value)) return value.map((item) => cutStrings(item, max, counter));
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cutStrings(v, max, counter)]));
  }
  return value;
}

/** `value` with every array longer than `max` cut to its first `max` items, recording where. */
function cutArrays(value: Json, max: number, at: string, cuts: CutReport['arrays'] & object): Json {
  if (Array.isArray(value)) {
    if (value.length > max) cuts.push({ at, shown: max, total: value.length });
    return value.slice(0, max).map((item, i) => cutArrays(item, max, `${at}/${i}`, cuts));
  }
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        cutArrays(v, max, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, cuts),
      ]),
    );
  }
  return value;
}

function longestString(value: Json): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce<number>((m, v) => Math.max(m, longestString(v)), 0);
  if (isObject(value)) return Object.values(value).reduce<number>((m, v) => Math.max(m, longestString(v)), 0);
  return 0;
}

function longestArray(value: Json): number {
  if (Array.isArray(value)) return value.reduce<number>((m, v) => Math.max(m, longestArray(v)), value.length);
  if (isObject(value)) return Object.values(value).reduce<number>((m, v) => Math.max(m, longestArray(v)), 0);
  return 0;
}

/** The largest n in [lo, hi] for which `fits(n)` holds (fits is monotone), or lo - 1 when none does. */
export function largestFitting(lo: number, hi: number, fits: (n: number) => boolean): number {
  let best = lo - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * `value` made to fit `maxChars` once `render` turns it (and the cut report) into the result: strings are
 * cut shorter first, then every array to fewer items, then the value is replaced by its top-level keys.
 * Returns the value and the report of what was cut (empty when nothing was).
 */
export function fitValue(
  value: Json,
  maxChars: number,
  render: (value: Json, cuts: CutReport) => string,
): { value: Json; cuts: CutReport } {
  if (render(value, {}).length <= maxChars) return { value, cuts: {} };
  const withStrings = (max: number) => {
    const counter = { cut: 0 };
    const cut = cutStrings(value, max, counter);
    return { cut, cuts: counter.cut ? { strings: { cut: counter.cut, keptChars: max } } : {} };
  };
  const longest = longestString(value);
  const keep = largestFitting(MIN_STRING, Math.min(longest, MAX_STRING), (n) => {
    const { cut, cuts } = withStrings(n);
    return render(cut, cuts).length <= maxChars;
  });
  if (keep >= MIN_STRING) {
    const { cut, cuts } = withStrings(keep);
    return { value: cut, cuts };
  }
  const { cut: short, cuts: stringCuts } = withStrings(MIN_STRING);
  const withArrays = (max: number) => {
    const arrays: NonNullable<CutReport['arrays']> = [];
    const cut = cutArrays(short, max, '', arrays);
    return { cut, cuts: { ...stringCuts, ...(arrays.length ? { arrays } : {}) } };
  };
  const items = largestFitting(0, longestArray(short), (n) => {
    const { cut, cuts } = withArrays(n);
    return render(cut, cuts).length <= maxChars;
  });
  if (items >= 0) return { value: withArrays(items).cut, cuts: withArrays(items).cuts };
  // Too many keys even with every array emptied: what remains is the list of what there is.
  const keys = isObject(value) ? Object.keys(value) : [];
  return {
    value: { keys: keys.slice(0, 50) },
    cuts: { ...stringCuts, arrays: [{ at: '', shown: 0, total: keys.length }] },
  };
}
