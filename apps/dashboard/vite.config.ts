// The dev server proxies /openapi and /api to ZADIG_URL and adds the token there, so the browser never
// holds it. `vite --mode mock` starts the Zadig simulator (@zadig-ts/simulator) and proxies to it instead.
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type ProxyOptions } from 'vite';
import { startMock } from './dev/mock.ts';

async function proxyTarget(mode: string, env: Record<string, string>) {
  if (mode !== 'mock') return { url: env.ZADIG_URL, token: env.ZADIG_TOKEN };
  const mock = await startMock();
  // Stop it with the dev server.
  process.once('exit', () => void mock.stop());
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => void mock.stop().then(() => process.exit(code)));
  }
  console.log(`  Zadig simulator at ${mock.url}`);
  return { url: mock.url, token: env.ZADIG_TOKEN ?? 'mock-token' };
}

export default defineConfig(async ({ command, mode }) => {
  // ZADIG_* may come from the shell or from .env files; only VITE_* ever reach the bundle.
  const env = { ...loadEnv(mode, process.cwd(), 'ZADIG_'), ...process.env } as Record<string, string>;
  let proxy: Record<string, ProxyOptions> | undefined;
  if (command === 'serve') {
    const target = await proxyTarget(mode, env);
    if (target.url) {
      const options: ProxyOptions = {
        target: target.url,
        changeOrigin: true,
        ...(target.token ? { headers: { authorization: `Bearer ${target.token}` } } : {}),
      };
      proxy = { '/openapi': options, '/api': options };
    } else {
      console.warn(
        '  ZADIG_URL is not set: /openapi and /api are not proxied (use ?api=<url> or --mode mock).',
      );
    }
  }
  return {
    plugins: [react()],
    server: { host: '127.0.0.1', ...(proxy ? { proxy } : {}) },
    preview: { host: '127.0.0.1', ...(proxy ? { proxy } : {}) },
    build: { outDir: 'dist', emptyOutDir: true },
  };
});
