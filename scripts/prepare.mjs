// npm's `prepare`: it runs after `npm install` in a clone, when the package is
// installed from a git URL (in npm's own clone, before packing it) and before
// `npm pack`. There the sources are present and the build makes dist/. A
// packed package ships dist/ built and no sources: nothing to do.
import {existsSync} from 'node:fs'

if (existsSync(new URL('../src/index.ts', import.meta.url))) await import('./build.mjs')
