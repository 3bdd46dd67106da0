// import() of a module named at run time: a team's rule pack, the config
// validator generated at build time. The command line's bundle (dist/cli.cjs)
// runs as a script compiled with a V8 code cache (src/cli/start.ts), where
// import() is not available; its build puts a module in place of this one that
// asks the entry module (an ES module) to import instead.
export const importModule = (url: string): Promise<unknown> => import(url)
