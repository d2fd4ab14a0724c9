import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noProxyMatch, ProxyConfigError, proxyFor } from '../src/index.js';

// (Not `xn--…`: that is punycode, and most such labels are not valid host names at all.)
const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/).filter((l) => !l.startsWith('xn--'));
const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));

describe('proxyFor', () => {
  it('takes HTTPS_PROXY for https and HTTP_PROXY for http, lower case first', () => {
    const env = { HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:2', HTTP_PROXY: 'plain:3' };
    expect(proxyFor(new URL('https://zadig.corp'), env)).toMatchObject({ source: 'https_proxy' });
    expect(proxyFor(new URL('https://zadig.corp'), env).proxy?.host).toBe('lower:2');
    expect(proxyFor(new URL('http://zadig.corp'), env).proxy?.href).toBe('http://plain:3/');
    expect(proxyFor(new URL('https://zadig.corp'), { HTTP_PROXY: 'http://p:1' }).source).toBe('HTTP_PROXY');
  });

  it('says why there is none', () => {
    expect(proxyFor(new URL('https://zadig.corp'), {}).reason).toBe(
      'no HTTPS_PROXY or HTTP_PROXY set: connecting directly',
    );
    expect(
      proxyFor(new URL('https://zadig.corp'), { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'x, .corp' }).reason,
    ).toBe('NO_PROXY entry ".corp" matches zadig.corp: connecting directly');
  });

  it('refuses a proxy variable it cannot use, naming it', () => {
    expect(() => proxyFor(new URL('https://a'), { HTTPS_PROXY: 'socks5://p:1' })).toThrow(ProxyConfigError);
    expect(() => proxyFor(new URL('https://a'), { HTTPS_PROXY: 'http://[bad' })).toThrow(/^HTTPS_PROXY: /);
  });
});

describe('noProxyMatch', () => {
  it('matches *, hosts and their subdomains, .suffixes, *.suffixes and ports', () => {
    const url = (text: string) => new URL(text);
    expect(noProxyMatch(url('https://zadig.corp.example'), '*')).toBe('*');
    expect(noProxyMatch(url('https://zadig.corp.example'), 'corp.example')).toBe('corp.example');
    expect(noProxyMatch(url('https://corp.example'), '.corp.example')).toBeUndefined();
    expect(noProxyMatch(url('https://a.corp.example'), '*.corp.example')).toBe('*.corp.example');
    expect(noProxyMatch(url('https://notcorp.example'), 'corp.example')).toBeUndefined();
    expect(noProxyMatch(url('https://zadig.corp:8443'), 'zadig.corp:8443')).toBe('zadig.corp:8443');
    expect(noProxyMatch(url('https://zadig.corp'), 'zadig.corp:8443')).toBeUndefined();
    expect(noProxyMatch(url('https://zadig.corp'), 'zadig.corp:443')).toBe('zadig.corp:443');
    expect(noProxyMatch(url('http://[::1]:80/'), '[::1]')).toBe('[::1]');
    expect(noProxyMatch(url('http://127.0.0.1:9/'), 'ZADIG.corp , 127.0.0.1')).toBe('127.0.0.1');
  });

  it('a host entry matches the host and every subdomain, never a look-alike (property)', () => {
    fc.assert(
      fc.property(host, label, label, (entry, sub, other) => {
        expect(noProxyMatch(new URL(`https://${entry}`), entry)).toBe(entry);
        expect(noProxyMatch(new URL(`https://${sub}.${entry}`), entry)).toBe(entry);
        expect(noProxyMatch(new URL(`https://${sub}.${entry}`), `.${entry}`)).toBe(`.${entry}`);
        // A host that only ends with the same letters is another host.
        const lookalike = `${other}x${entry}`;
        expect(noProxyMatch(new URL(`https://${lookalike}`), entry)).toBeUndefined();
      }),
    );
  });

  it('an entry with a port applies to that port only (property)', () => {
    fc.assert(
      fc.property(host, fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }), (h, a, b) => {
        const matched = noProxyMatch(new URL(`http://${h}:${a}`), `${h}:${b}`);
        const effective = a === 80 ? 80 : a;
        expect(matched !== undefined).toBe(effective === b);
      }),
    );
  });
});
