export * from './enums.js';
export * from './limits.js';
export * from './permissions/index.js';
export * from './errors.js';
