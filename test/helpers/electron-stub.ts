// Unit tests must mock `electron` (vi.mock('electron', …)). The real package would try to
// download the Electron binary, which these machines cannot reach; this stub fails loudly instead.
throw new Error(
  'A unit test imported `electron` without mocking it: add vi.mock("electron", …) (see test/unit/main/fake-electron.ts).',
);
