// One schema file per table; drizzle-kit reads them all through this index.
export * from './township';
export * from './villages';
export * from './users';
export * from './settings';
export * from './persons';
export * from './households';
export * from './household-members';
export * from './assistance-actions';
export * from './change-log';
export * from './audit-log';
export * from './exported-packages';
export * from './quarter-figures';
