// Resolved from this folder, `typescript-eslint` (and the `typescript` it requires) come from this package's own
// node_modules: TypeScript 5.9, not the native TypeScript 7 that `tsc` uses at the root.
export { default } from 'typescript-eslint';
