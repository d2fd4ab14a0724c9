import type { FieldMap, FieldValue } from './fields.js';

function add(params: URLSearchParams, key: string, value: FieldValue): void {
  if (value === null) {
    params.append(key, '');
  } else if (Array.isArray(value)) {
    // Scalars repeat the key (`a=x&a=y`): OpenAPI's default form style, and what Zadig's Go handlers bind.
    for (const item of value) add(params, typeof item === 'object' && item !== null ? `${key}[]` : key, item);
  } else if (typeof value === 'object') {
    for (const [name, nested] of Object.entries(value)) add(params, `${key}[${name}]`, nested);
  } else {
    params.append(key, String(value));
  }
}

/**
 * Appends fields to query parameters: `null` as an empty value, arrays as a repeated key, nested objects
 * as `a[b]=…`.
 */
export function appendFields(params: URLSearchParams, fields: FieldMap): void {
  for (const [key, value] of Object.entries(fields)) add(params, key, value);
}
