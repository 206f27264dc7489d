import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  defaultDataDir,
  isAllowedOrigin,
  loadConfig,
  parseCorsOrigins,
} from '../../../src/server/config';

describe('server configuration', () => {
  it('has defaults that start a server on a fresh machine', () => {
    const config = loadConfig({}, { platform: 'linux', homeDir: '/home/mio', env: {} });
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      databaseUrl: null,
      dataDir: '/home/mio/.local/share/medinfo-desk-server',
      tokenLifetimeDays: 30,
      minimumAppVersion: '0.1.0',
    });
    expect(config.corsOrigins).toContain('http://localhost:*');
  });

  it('reads the environment, and names a bad variable', () => {
    const config = loadConfig(
      {
        PORT: '9000',
        DATABASE_URL: 'postgres://db/x',
        MEDINFO_DATA_DIR: '/srv/medinfo',
        MEDINFO_CORS_ORIGINS: ' https://a.example , ',
        MEDINFO_TOKEN_DAYS: '7',
      },
      { platform: 'linux', homeDir: '/home/mio', env: {} },
    );
    expect(config).toMatchObject({
      port: 9000,
      databaseUrl: 'postgres://db/x',
      dataDir: '/srv/medinfo',
      corsOrigins: ['https://a.example'],
      tokenLifetimeDays: 7,
    });
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/u);
  });

  it('puts the data folder where each OS keeps per-user application data', () => {
    expect(defaultDataDir({ platform: 'darwin', homeDir: '/Users/mio', env: {} })).toBe(
      '/Users/mio/Library/Application Support/medinfo-desk-server',
    );
    expect(
      defaultDataDir({ platform: 'linux', homeDir: '/home/mio', env: { XDG_DATA_HOME: '/data' } }),
    ).toBe('/data/medinfo-desk-server');
    expect(
      defaultDataDir({
        platform: 'win32',
        homeDir: 'C:\\Users\\mio',
        env: { LOCALAPPDATA: 'C:\\Users\\mio\\AppData\\Local' },
      }),
    ).toContain('medinfo-desk-server');
  });

  it('treats an empty CORS list as "the desktop app only"', () => {
    expect(parseCorsOrigins('')).toEqual([]);
    expect(isAllowedOrigin(APP_ORIGIN, [])).toBe(true);
    expect(isAllowedOrigin('http://localhost:3000', [])).toBe(false);
    expect(isAllowedOrigin('http://localhost:3000', ['http://localhost:*'])).toBe(true);
    expect(isAllowedOrigin('http://localhost:3000/x', ['http://localhost:*'])).toBe(false);
  });
});
