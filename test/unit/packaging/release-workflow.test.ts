import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/*
 * The release workflow cannot run here (it needs the forge's Windows and macOS runners and the
 * Electron download). What it does is checked instead: when it runs, that every step is an npm
 * script of this repository, and that secrets only ever reach a step through its environment.
 */

const stepSchema = z.object({
  name: z.string().optional(),
  if: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
  env: z.record(z.string(), z.string()).optional(),
});
type Step = z.infer<typeof stepSchema>;

const workflowSchema = z.object({
  on: z.object({ push: z.object({ tags: z.array(z.string()) }).strict() }).strict(),
  permissions: z.record(z.string(), z.string()),
  env: z.record(z.string(), z.string()).optional(),
  jobs: z.record(
    z.string(),
    z.object({
      'runs-on': z.string(),
      needs: z.union([z.string(), z.array(z.string())]).optional(),
      permissions: z.record(z.string(), z.string()).optional(),
      strategy: z.object({ matrix: z.object({ os: z.array(z.string()) }) }).optional(),
      env: z.record(z.string(), z.string()).optional(),
      steps: z.array(stepSchema),
    }),
  ),
});

const workflow = workflowSchema.parse(load(readFileSync('.github/workflows/release.yml', 'utf8')));
const packageScripts = z
  .object({ scripts: z.record(z.string(), z.string()) })
  .parse(JSON.parse(readFileSync('package.json', 'utf8'))).scripts;

const jobs = Object.entries(workflow.jobs);
const steps = jobs.flatMap(([job, definition]) => definition.steps.map((step) => ({ job, step })));
const runSteps = steps.filter(
  (entry): entry is { job: string; step: Step & { run: string } } => entry.step.run !== undefined,
);

/** Environment variables fed from the forge's secret store, per step (job-level included). */
function secretVariables(job: string, step: Step): string[] {
  const environment = { ...workflow.jobs[job]?.env, ...step.env };
  return Object.entries(environment)
    .filter(([, value]) => value.includes('secrets.'))
    .map(([name]) => name);
}

describe('the release workflow', () => {
  it('runs when a version tag is pushed, and only then', () => {
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
  });

  it('packages on the forge’s hosted Windows, macOS and Linux runners', () => {
    expect(workflow.jobs.build?.strategy?.matrix.os).toEqual([
      'windows-latest',
      'macos-latest',
      'ubuntu-latest',
    ]);
  });

  it('runs nothing but npm ci and this repository’s npm scripts (besides writing the key file)', () => {
    for (const { step } of runSteps) {
      if (step.run.startsWith('printf')) continue;
      const match = /^npm (ci|run ([\w:-]+))(?: -- .*)?$/.exec(step.run);
      expect(match, step.run).not.toBeNull();
      const script = match?.[2];
      if (script !== undefined) expect(packageScripts, step.run).toHaveProperty(script);
    }
  });

  it('typechecks and runs the unit tests before anything is built', () => {
    const verify = workflow.jobs.verify?.steps.map((step) => step.run) ?? [];
    expect(verify).toEqual(
      expect.arrayContaining(['npm run typecheck', 'npm run test:unit', 'npm ci']),
    );
    expect(workflow.jobs.build?.needs).toBe('verify');
    expect(workflow.jobs.publish?.needs).toBe('build');
  });

  it('builds each platform with its dist script as a release (signing required)', () => {
    const builds = runSteps.filter(({ step }) => step.run.startsWith('npm run dist'));
    expect(builds.map(({ step }) => [step.if, step.run])).toEqual([
      ["runner.os == 'Windows'", 'npm run dist:win'],
      ["runner.os == 'macOS'", 'npm run dist:mac'],
      ["runner.os == 'Linux'", 'npm run dist:linux'],
    ]);
    expect(workflow.jobs.build?.env).toMatchObject({ MEDINFO_RELEASE: 'true' });
  });

  it('never writes a secret into a command: secrets arrive through env only', () => {
    for (const { step } of runSteps) expect(step.run).not.toMatch(/\$\{\{\s*secrets\./);
    for (const { step } of steps) {
      expect(JSON.stringify(step.with ?? {})).not.toMatch(/secrets\./);
    }
  });

  it('never prints a secret: it goes only into a file in the runner’s temporary folder', () => {
    for (const { job, step } of runSteps) {
      expect(step.run).not.toMatch(/\bset -x\b|\bprintenv\b|^env\b/m);
      for (const name of secretVariables(job, step)) {
        const uses = step.run.split('\n').filter((line) => line.includes(`$${name}`));
        for (const line of uses) {
          expect(line).not.toMatch(/\becho\b|\bcat\b/);
          expect(line).toMatch(/> "\$RUNNER_TEMP\/[\w.-]+"$/);
        }
      }
    }
  });

  it('gives the signing secrets only to the step of their platform', () => {
    const owners = steps.flatMap(({ job, step }) =>
      secretVariables(job, step).map((name) => [name, step.if ?? 'every step']),
    );
    for (const [name, condition] of owners) {
      if (name?.startsWith('APPLE') || name?.startsWith('CSC')) {
        expect(condition).toBe("runner.os == 'macOS'");
      }
      if (name?.startsWith('WIN') || name?.startsWith('AZURE')) {
        expect(condition).toBe("runner.os == 'Windows'");
      }
    }
    expect(owners.length).toBeGreaterThanOrEqual(8);
  });

  it('may write to the repository only in the job that drafts the release', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const writers = jobs.filter(([, job]) => job.permissions?.contents === 'write');
    expect(writers.map(([name]) => name)).toEqual(['publish']);
  });

  it('collects installers and update metadata on every runner and attaches them to the release', () => {
    const build = workflow.jobs.build?.steps ?? [];
    expect(build.map((step) => step.run)).toContain(
      'npm run release:collect -- release release-assets',
    );
    const upload = build.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with).toMatchObject({ path: 'release-assets/', 'if-no-files-found': 'error' });
    expect(workflow.jobs.publish?.steps.map((step) => step.run)).toContain(
      'npm run release:attach -- "$GITHUB_REF_NAME" release-assets',
    );
  });
});
