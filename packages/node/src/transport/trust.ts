// Which certificates the transport trusts. Node trusts its bundled roots plus NODE_EXTRA_CA_CERTS (read at
// start-up); a private CA comes from `--ca-file` or the profile's `caFile`. Giving tls a `ca` replaces the
// roots, so with a CA file the roots and NODE_EXTRA_CA_CERTS are passed along with it (the roots are added
// where the https pool is made, so that plain-http commands never load node:tls).
import { readFileSync } from 'node:fs';
import { type Env, envValue } from '../env.js';
import { ConfigFileError } from '../errors.js';

/** The TLS settings of a transport. */
export interface TrustOptions {
  /** A PEM bundle of CAs to trust besides the system's. */
  caFile?: string | undefined;
  /** Where `caFile` came from, for messages (`--ca-file`, `profile prod`). */
  caFileSource?: string | undefined;
  /** Do not check certificates at all (a profile's `insecureSkipTlsVerify`). */
  insecureSkipTlsVerify?: boolean | undefined;
}

/** What the TLS layer is given, and a sentence for `doctor` about where trust comes from. */
export interface Trust {
  /** CAs to trust besides Node's bundled roots (NODE_EXTRA_CA_CERTS and the CA file), when a file is given. */
  ca?: string[];
  rejectUnauthorized: boolean;
  describe: string;
}

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function readBundle(path: string, from: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigFileError(
      `${from}: cannot read the CA file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      'Give the path of a PEM file holding your company CA certificate.',
    );
  }
  const certificates = text.match(PEM) ?? [];
  if (certificates.length === 0) {
    throw new ConfigFileError(
      `${from}: ${path} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`,
      'Convert a DER certificate with: openssl x509 -inform der -in ca.cer -out ca.pem',
    );
  }
  return certificates;
}

/** The trust for `options`, with NODE_EXTRA_CA_CERTS from `env`. Throws ConfigFileError for a bad CA file. */
export function resolveTrust(options: TrustOptions, env: Env): Trust {
  const extra = envValue(env, 'NODE_EXTRA_CA_CERTS');
  if (options.insecureSkipTlsVerify) {
    return { rejectUnauthorized: false, describe: 'not checked (insecureSkipTlsVerify in the profile)' };
  }
  if (!options.caFile) {
    return {
      rejectUnauthorized: true,
      describe: extra ? `the system's CAs and NODE_EXTRA_CA_CERTS (${extra})` : "the system's CAs",
    };
  }
  const from = options.caFileSource ?? 'caFile';
  const own = readBundle(options.caFile, from);
  const extras = extra ? readBundle(extra, 'NODE_EXTRA_CA_CERTS') : [];
  return {
    ca: [...extras, ...own],
    rejectUnauthorized: true,
    describe: `${options.caFile} (from ${from})${extra ? ` and NODE_EXTRA_CA_CERTS (${extra})` : ''}, besides the system's CAs`,
  };
}

/** Node's codes for a certificate chain it could not verify against the trusted CAs. */
const UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
]);

/** Whether `code` says the server's certificate is signed by a CA nobody told Node to trust. */
export function isUntrustedCertificate(code: string | undefined): boolean {
  return code !== undefined && UNTRUSTED.has(code);
}

/** The sentence naming the ways to trust a private CA. */
export const TRUST_FIXES =
  'trust its CA with --ca-file <pem>, caFile: <pem> in the profile, or NODE_EXTRA_CA_CERTS=<pem>';
