// npm's `prepare`: it runs after `npm install` in a clone, when the package is
// installed from a git URL (in npm's own clone, before packing it) and before
// `npm pack`. There the sources are present: the patches of patches/ are
// applied to node_modules (patch-package; the build bundles the patched code,
// and the tests run it), then the build makes dist/. A packed package ships
// dist/ built and no sources: nothing to do.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'

if (existsSync(new URL('../src/index.ts', import.meta.url))) {
  const patchPackage = createRequire(import.meta.url).resolve('patch-package/index.js')
  const applied = spawnSync(process.execPath, [patchPackage, '--error-on-fail'], {cwd: new URL('..', import.meta.url), stdio: 'inherit'})
  if (applied.status !== 0) throw new Error('prepare: patch-package could not apply the patches of patches/')
  await import('./build.mjs')
}
