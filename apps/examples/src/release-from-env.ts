// Creates a version (K8s YAML project) from an environment's running services and images, waits until it
// is created, and prints what went into it.
//
//   tsx src/release-from-env.ts --project demo --env dev --version v1.2.0 [--registry <id>] [--production]
//   tsx src/release-from-env.ts --mock --project storefront --env dev --version v2.5.0
import type { OperationInput, OperationOutput, ZadigClient } from '@zadig-ts/client';
import { exitCode, type FlagSpec, parseFlags, positiveInt, requireString, runIfEntry } from './lib/cli.js';
import { formatElapsed, imageName, imageTag, plural } from './lib/format.js';
import type { ScriptIO } from './lib/io.js';
import { withSession } from './lib/session.js';

const USAGE = `Usage: release-from-env --project <key> --env <name> --version <name> [options]

Creates a K8s YAML version from the services and images running in an environment, waits until it is
created and prints a summary. Exits 1 if the version failed.

Options:
  --project <key>          project key (required)
  --env <name>             environment key (required)
  --version <name>         name of the new version (required)
  --registry <id>          push the images to this image registry, tagged with the version name
  --production             the environment is a production environment
  --poll-interval <ms>     first delay between status checks (default 2000)
  --timeout <seconds>      stop waiting after this long (default 1800)
  --mock                   run against the Zadig simulator instead of ZADIG_URL
  -h, --help               show this help

Environment: ZADIG_URL (e.g. https://zadig.example.com) and ZADIG_TOKEN (API token).`;

const FLAGS: FlagSpec = {
  project: { type: 'string' },
  env: { type: 'string' },
  version: { type: 'string' },
  registry: { type: 'string' },
  production: { type: 'boolean' },
  'poll-interval': { type: 'string' },
  timeout: { type: 'string' },
  mock: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

type Environment = OperationOutput<'getEnvironment'>;
type ReleaseBody = OperationInput<'createK8sRelease'>['body'];
type Release = OperationOutput<'getRelease'>;

/** Where images of the version are pushed: `host/namespace` of the registry. */
async function registryPrefix(zadig: ZadigClient, id: string): Promise<string> {
  const registry = await zadig.call('getRegistry', { id });
  const host = registry.address.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
  return registry.namespace ? `${host}/${registry.namespace}` : host;
}

/** A Docker tag made from the version name: characters a tag cannot hold become `-`. */
function tagFor(version: string): string {
  return version
    .replace(/^[^\w]/, '_')
    .replace(/[^\w.-]/g, '-')
    .slice(0, 128);
}

/** The version's services: each service of the environment with its containers' current images. */
type ReleaseService = NonNullable<ReleaseBody['services']>[number];

function servicesFrom(
  environment: Environment,
  version: string,
  prefix: string | undefined,
): Array<ReleaseService & { images: NonNullable<ReleaseService['images']> }> {
  return environment.services.map((service) => ({
    service_name: service.service_name,
    images: service.containers.map((container) => {
      const name = container.image_name || imageName(container.image);
      // Without a registry the version records the images as they are; with one, they are retagged there.
      const target = prefix ? `${prefix}/${name}:${tagFor(version)}` : container.image;
      return {
        container_name: container.name,
        image_name: name,
        source_image: container.image,
        source_image_tag: imageTag(container.image),
        target_image: target,
        target_image_tag: imageTag(target),
        push_image: prefix !== undefined,
      };
    }),
  }));
}

function imageState(image: Release['services'][number]['images'][number]): string {
  if (!image.push_image) return 'not pushed';
  if (image.status === 'passed') return 'pushed';
  if (image.status === 'failed' || image.status === 'timeout' || image.status === 'cancelled') {
    return `push ${image.status}${image.error ? `: ${image.error}` : ''}`;
  }
  return `push ${image.status || 'pending'}`;
}

/** The summary printed once the version is final: services, images and every error. */
function summarize(release: Release): string {
  const lines: string[] = [];
  const errors: string[] = [];
  let images = 0;
  let pushed = 0;
  if (release.error) errors.push(`version: ${release.error}`);
  lines.push(`Version ${release.version} of ${release.project_name}: ${release.status}`);
  const origin = release.env_name
    ? ` (${release.production ? 'production ' : ''}environment ${release.env_name})`
    : '';
  lines.push(`Source: ${release.source ?? 'unknown'}${origin}`);
  lines.push(`Services (${release.services.length}):`);
  for (const service of release.services) {
    lines.push(`  ${service.service_name}`);
    if (service.error) errors.push(`${service.service_name}: ${service.error}`);
    for (const image of service.images) {
      images++;
      if (image.push_image && image.status === 'passed') pushed++;
      if (image.error) errors.push(`${service.service_name}/${image.container_name}: ${image.error}`);
      lines.push(
        `    ${image.container_name}: ${image.source_image ?? '?'} -> ${image.target_image}  [${imageState(image)}]`,
      );
    }
  }
  lines.push(`Images: ${images}, pushed: ${pushed}`);
  lines.push(errors.length ? `Errors (${errors.length}):` : 'Errors: none');
  for (const error of errors) lines.push(`  - ${error}`);
  return lines.join('\n');
}

/** Runs release-from-env with `argv` (without node and the script); resolves to the exit code. */
export function main(argv: string[], io: ScriptIO): Promise<number> {
  return exitCode(USAGE, io, () => releaseFromEnv(argv, io));
}

async function releaseFromEnv(argv: string[], io: ScriptIO): Promise<number> {
  const flags = parseFlags(argv, FLAGS);
  if (flags.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const projectKey = requireString(flags, 'project');
  const envName = requireString(flags, 'env');
  const versionName = requireString(flags, 'version');
  const registryId = typeof flags.registry === 'string' ? flags.registry : undefined;
  const production = flags.production === true;
  const intervalMs = positiveInt(flags, 'poll-interval', 2000);
  const timeoutMs = positiveInt(flags, 'timeout', 1800) * 1000;

  return withSession(io, { mock: flags.mock === true }, async ({ zadig }) => {
    const environment = production
      ? await zadig.call('getProductionEnvironment', { envName, projectKey })
      : await zadig.call('getEnvironment', { envName, projectKey });
    const prefix = registryId ? await registryPrefix(zadig, registryId) : undefined;
    const services = servicesFrom(environment, versionName, prefix);
    const imageCount = services.reduce((n, s) => n + s.images.length, 0);
    io.stdout.write(
      `Creating version ${versionName} of ${projectKey} from environment ${envName}: ` +
        `${plural(services.length, 'service')}, ${plural(imageCount, 'image')}` +
        `${prefix ? `, pushed to ${prefix}` : ', not pushed'}\n`,
    );

    await zadig.call('createK8sRelease', {
      body: {
        project_key: projectKey,
        version_name: versionName,
        source: 'from_env',
        env_name: envName,
        production,
        desc: `Created from environment ${envName} by release-from-env`,
        ...(registryId ? { image_registry_id: registryId } : {}),
        services,
      },
    });

    let last = '';
    const release = await zadig.waitFor.release(
      { projectKey, versionName },
      {
        intervalMs,
        timeoutMs,
        onProgress: ({ status, elapsedMs }) => {
          if (status === last) return;
          last = status;
          io.stdout.write(`[${formatElapsed(elapsedMs)}] version ${versionName}: ${status}\n`);
        },
      },
    );
    io.stdout.write(`\n${summarize(release)}\n`);
    return release.status === 'success' ? 0 : 1;
  });
}

// Process entry: `tsx src/release-from-env.ts …` runs main with the real process (processIO). Importing
// this module, as the tests do to call main in process, runs nothing.
runIfEntry(import.meta.url, main);
