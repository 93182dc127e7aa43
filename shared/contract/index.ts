export * from './result';
export * from './define';
export * from './common';
export * from './channels';
export type { SetupInput } from './app';
export * from './persons';
export * from './households';
