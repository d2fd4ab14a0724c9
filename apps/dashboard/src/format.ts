// Display helpers.

/** A Unix time in seconds as local `YYYY-MM-DD HH:MM`; empty when unset (0 or missing). */
export function formatTime(unixSeconds: number | undefined): string {
  if (!unixSeconds) return '';
  const date = new Date(unixSeconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The colour family of a status, for badges. */
export function statusTone(status: string | undefined): 'ok' | 'bad' | 'busy' | 'idle' {
  switch (status) {
    case 'success':
    case 'passed':
    case 'done':
      return 'ok';
    case 'failed':
    case 'denied':
    case 'timeout':
    case 'cancel':
    case 'cancelled':
    case 'reject':
      return 'bad';
    case 'creating':
    case 'retrying':
    case 'running':
    case 'executing':
    case 'wait_for_approval':
    case 'prepare':
    case 'queued':
    case 'waiting':
      return 'busy';
    default:
      return status?.endsWith('_failed') ? 'bad' : status?.startsWith('wait_for') ? 'busy' : 'idle';
  }
}
