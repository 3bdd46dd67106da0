// The config validator generated at build time (dist/config-validator.js), when
// it is part of the bundle that imports this module. The command line's script
// (scripts/build.mjs) puts a module in place of this one that holds the
// validator itself, so that it is compiled with the script's V8 code cache
// (src/cli/start.ts) instead of loaded as an ES module of its own: about 6 ms
// of processor time at every start that reads a config file. Elsewhere (the
// sources, the library bundle) there is none here, and load.ts finds the
// generated file beside the bundle or compiles the schema.
export const bundledValidator = async (): Promise<unknown> => undefined
