import { statusTone } from '../format';

/** A status as a coloured badge (`wait_for_approval` reads "wait for approval"). */
export function StatusBadge({ status, label }: { status: string | undefined; label?: string }) {
  const text = label ?? (status ? status.replaceAll('_', ' ') : 'none');
  return (
    <span className={`badge badge-${statusTone(status)}`} data-status={status ?? ''}>
      {text}
    </span>
  );
}
