import { describe, expect, it } from 'vitest';
import {
  decideNavigation,
  decideWindowOpen,
  isAllowedExternalUrl,
  isAppUrl,
  isPermissionGranted,
  parseAllowedExternalUrl,
} from '../../../src/main/security';

const DEV = 'http://localhost:5173';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.fda.gov/drugs/drug-safety',
    'https://fda.gov/',
    'https://accessdata.fda.gov/scripts/cder/daf/',
    'https://www.ema.europa.eu/en/medicines',
    'https://pubmed.ncbi.nlm.nih.gov/12345678/',
    'https://doi.org/10.1056/NEJMoa2034577',
    'https://www.meddra.org/',
    'https://fda.gov:443/default-port-is-fine',
  ])('lets %s through', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['a look-alike domain ending in the allowed one', 'https://fda.gov.attacker.test/'],
    ['a domain that merely ends with the same letters', 'https://notfda.gov/'],
    ['a parent of an allowlisted subdomain', 'https://ncbi.nlm.nih.gov/'],
    ['plain http', 'http://www.fda.gov/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['credentials', 'https://user:secret@www.fda.gov/'],
    ['a user name hiding the real host', 'https://www.fda.gov@attacker.test/'],
    ['a non-default port', 'https://www.fda.gov:8443/'],
    ['a trailing-dot host', 'https://fda.gov./'],
    ['not a URL', 'www.fda.gov'],
    ['an empty string', ''],
  ])('refuses %s', (_why, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('matches whole labels against a given allowlist', () => {
    const allowlist = ['example.com'];
    expect(isAllowedExternalUrl('https://example.com/a', allowlist)).toBe(true);
    expect(isAllowedExternalUrl('https://docs.example.com/a', allowlist)).toBe(true);
    expect(isAllowedExternalUrl('https://example.com.attacker.test/', allowlist)).toBe(false);
    expect(isAllowedExternalUrl('https://badexample.com/', allowlist)).toBe(false);
  });

  it('returns the normalised URL, which is what gets opened', () => {
    expect(parseAllowedExternalUrl('  https://WWW.FDA.gov/a b\n')).toBe(
      'https://www.fda.gov/a%20b',
    );
    expect(parseAllowedExternalUrl('https://attacker.test/')).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('knows the app origin', () => {
    expect(isAppUrl('app://medinfo/index.html')).toBe(true);
    expect(isAppUrl('app://medinfo')).toBe(true);
  });

  it.each([
    'app://other/index.html',
    'app://medinfo.attacker.test/',
    'app://user@medinfo/',
    'https://medinfo/',
    'file:///opt/medinfo/out/renderer/index.html',
    'about:blank',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('accepts the dev server only when one is configured', () => {
    expect(isAppUrl('http://localhost:5173/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html', DEV)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', DEV)).toBe(false);
  });
});

describe('decideNavigation', () => {
  it('allows the app’s own pages', () => {
    expect(decideNavigation('app://medinfo/index.html#/inquiries')).toBe('allow');
  });

  it('sends allowlisted links to the browser instead of the window', () => {
    expect(decideNavigation('https://pubmed.ncbi.nlm.nih.gov/1/')).toBe('open-externally');
  });

  it.each([
    'https://attacker.test/',
    'http://www.fda.gov/',
    'file:///etc/passwd',
    'app://other/',
    'http://localhost:5173/',
  ])('denies %s', (url) => {
    expect(decideNavigation(url)).toBe('deny');
  });
});

describe('decideWindowOpen', () => {
  it('never allows a new window', () => {
    expect(decideWindowOpen('app://medinfo/index.html')).toBe('deny');
    expect(decideWindowOpen('https://attacker.test/')).toBe('deny');
    expect(decideWindowOpen('https://www.fda.gov/')).toBe('open-externally');
  });
});

describe('isPermissionGranted', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'display-capture',
    'openExternal',
    'fullscreen',
    'hid',
    'unknown',
  ])('denies %s, even to the app', (permission) => {
    expect(isPermissionGranted(permission, 'app://medinfo/index.html')).toBe(false);
  });

  it('grants persistent storage and clipboard writes to the app only', () => {
    expect(isPermissionGranted('persistent-storage', 'app://medinfo')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://medinfo/index.html')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'https://attacker.test')).toBe(false);
    expect(isPermissionGranted('persistent-storage', undefined)).toBe(false);
  });
});
