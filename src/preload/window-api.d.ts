// TypeScript leaves `index.d.ts` out of any program whose globs also match `index.ts` (the test
// and node projects), so without this reference `window.api` would not exist there and the
// renderer's platform code would not type-check in tests.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an import would resolve to index.ts, not index.d.ts
/// <reference path="./index.d.ts" />
