// Replaced at build time by the bundler; read from package.json in development.
declare const __TRANSLINT_VERSION__: string | undefined
import {readFileSync} from 'node:fs'

function readVersion(): string {
  if (typeof __TRANSLINT_VERSION__ === 'string') return __TRANSLINT_VERSION__
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
  return pkg.version
}

export const VERSION = readVersion()

/** Running from the built bundle (dist/), where build-time artefacts sit beside the code. */
export const BUNDLED = typeof __TRANSLINT_VERSION__ === 'string'
