// What a failed job was working on, read from its type's spec in the task detail: a deploy's environment and
// images, a build's image, a test or scan's name, an approval's kind. Narrowing on `type` gives each case its
// spec's fields; a job the server sent without the expected spec yields nothing rather than a crash.
import type { WorkflowTaskJob } from '@zadig-ts/client';

const joined = (parts: Array<string | undefined>): string | undefined => {
  const kept = parts.filter((p): p is string => Boolean(p?.trim()));
  return kept.length ? kept.join(', ') : undefined;
};

export function jobDetail(job: WorkflowTaskJob): string | undefined {
  if (!job.spec || typeof job.spec !== 'object') return undefined;
  switch (job.type) {
    case 'zadig-deploy': {
      const images = (job.spec.service_and_images ?? []).map((s) =>
        `${s.service_name ?? ''}/${s.service_module ?? ''} ${s.image ?? ''}`.trim(),
      );
      return joined([job.spec.env ? `env ${job.spec.env}` : undefined, ...images]);
    }
    case 'zadig-build':
    case 'freestyle':
      return joined([job.spec.service_name, job.spec.image]);
    case 'zadig-test':
      return joined([job.spec.test_name ? `test ${job.spec.test_name}` : undefined, job.spec.service_name]);
    case 'zadig-scanning':
      return joined([
        job.spec.scanning_name ? `scan ${job.spec.scanning_name}` : undefined,
        job.spec.link_url,
      ]);
    case 'custom-deploy':
      return joined([job.spec.cluster_name, job.spec.namespace, job.spec.target, job.spec.image]);
    case 'approval':
      return joined([job.spec.type ? `${job.spec.type} approval` : undefined, job.spec.description]);
    default:
      return undefined;
  }
}
