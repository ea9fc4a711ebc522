export * from './subjects.js';
export * from './ability.js';
export { packRules, unpackRules } from '@casl/ability/extra';
export { subject } from '@casl/ability';
