// Small formatting helpers shared by the scripts' output.

/** A Unix time in seconds as `YYYY-MM-DD HH:MM UTC`; `—` when unset (0 or missing). */
export function formatTime(unixSeconds: number | undefined): string {
  if (!unixSeconds) return '—';
  return `${new Date(unixSeconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Milliseconds as `m:ss`, or `h:mm:ss` from an hour on, for progress lines. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const seconds = String(total % 60).padStart(2, '0');
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return `${minutes}:${seconds}`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${seconds}`;
}

/** The tag of an image reference (`registry/name:tag`), or `latest` when it has none. */
export function imageTag(image: string): string {
  // A digest (`name@sha256:…`) is not a tag.
  const name = (image.slice(image.lastIndexOf('/') + 1).split('@')[0] ?? '').trim();
  const colon = name.indexOf(':');
  return colon === -1 ? 'latest' : name.slice(colon + 1);
}

/** The repository name of an image reference without registry path, tag or digest: `a/b/app:1` -> `app`. */
export function imageName(image: string): string {
  const name = image.slice(image.lastIndexOf('/') + 1).split('@')[0] ?? '';
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(0, colon);
}

/** `1 service`, `2 services`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
