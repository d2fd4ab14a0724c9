// File errors in words: "no such file" rather than ENOENT.
const WORDS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

/** Why a file could not be read, in words (the system's code in brackets for searching). */
export function fileErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words = code ? WORDS[code] : undefined;
  if (words) return `${words} (${code})`;
  return (error as Error).message ?? String(error);
}
