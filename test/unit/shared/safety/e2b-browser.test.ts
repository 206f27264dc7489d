import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The E2B serialiser must run where the renderer runs: no Node modules, no DOM. This bundles it
 * for the browser the way the renderer's build does (xmlbuilder2 aliased to its browser bundle,
 * as in electron.vite.config.ts) and runs the result in a bare JavaScript context.
 */
describe('E2B serialisation outside Node', () => {
  const entry = `
    import { element, serializeXml } from ${JSON.stringify(resolve('src/shared/safety/e2b/index.ts'))};
    globalThis.result = serializeXml(element('MCCI_IN200100UV01', { ITSVersion: 'XML_1.0' }, [element('text', {}, ['<b> & ]]>'])]));
  `;

  async function bundle(alias: Record<string, string>): Promise<string> {
    const output = await build({
      stdin: { contents: entry, resolveDir: resolve('.'), loader: 'ts' },
      bundle: true,
      platform: 'browser',
      write: false,
      alias,
      logLevel: 'silent',
    });
    return output.outputFiles[0]?.text ?? '';
  }

  it('cannot use xmlbuilder2’s Node entry in a browser bundle (it requires `events`)', async () => {
    await expect(bundle({})).rejects.toThrow(/Could not resolve "events"/);
  });

  it('serialises with the browser bundle in a context without Node or DOM globals', async () => {
    const code = await bundle({
      xmlbuilder2: resolve('node_modules/xmlbuilder2/lib/xmlbuilder2.min.js'),
    });
    const sandbox: { result?: string } = {};
    runInNewContext(code, { globalThis: sandbox });
    expect(sandbox.result).toContain('<MCCI_IN200100UV01 xmlns="urn:hl7-org:v3"');
    expect(sandbox.result).toContain('<text>&lt;b&gt; &amp; ]]&gt;</text>');
  });
});
