import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, originOfServerUrl } from '../../../src/shared/security/csp';

describe('the Content Security Policy the app ships', () => {
  it('allows scripts only from the app itself and no plugins, frames or base changes', () => {
    const policy = buildContentSecurityPolicy();
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("base-uri 'none'");
  });

  it('lets frames show only the app’s own blob: documents (the letter preview), no pages', () => {
    const policy = buildContentSecurityPolicy();
    expect(policy).toMatch(/frame-src blob:(;|$)/);
    expect(policy).not.toMatch(/frame-src[^;]*(https?:|data:|\*|'self')/);
  });

  it('lets the renderer reach the configured sync server and nothing else', () => {
    expect(buildContentSecurityPolicy()).toContain("connect-src 'self';");
    expect(buildContentSecurityPolicy({ serverOrigin: 'https://mi.example.com:8443' })).toContain(
      "connect-src 'self' https://mi.example.com:8443;",
    );
  });

  it('takes the origin of a server URL and refuses other schemes', () => {
    expect(originOfServerUrl('https://MI.Example.com/api/v1?x=1')).toBe('https://mi.example.com');
    expect(originOfServerUrl('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(originOfServerUrl('http://[::1]:8787/')).toBe('http://[::1]:8787');
    expect(() => originOfServerUrl('javascript:alert(1)')).toThrow(/https:\/\/host/);
    expect(() => originOfServerUrl('https://evil.test@mi.example.com')).toThrow();
    expect(() => originOfServerUrl('ftp://files.example.com')).toThrow();
  });
});
