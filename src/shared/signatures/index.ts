export * from './schema';
export * from './binding';
export * from './locks';
export * from './handwritten';
