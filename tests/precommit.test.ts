// The README's husky + lint-staged recipe, run for real in a temporary git
// repository: only staged files are linted, and an error blocks the commit.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {fixture} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname
// In a project that installs translint, node_modules/.bin has `translint` and
// `lint-staged`; here a shim folder stands in for the first.
const shims = mkdtempSync(join(tmpdir(), 'translint-bin-'))
writeFileSync(join(shims, 'translint'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin/translint.js')}" "$@"\n`, {mode: 0o755})
const bin = `${shims}:${join(root, 'node_modules/.bin')}`

function sh(cwd: string, command: string, args: string[]) {
  return spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: {...process.env, PATH: `${bin}:${process.env.PATH}`, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com'}
  })
}

beforeAll(() => {
  // The bin runs the bundle; build it when the tree has none (npm ci builds it).
  if (!existsSync(join(root, 'dist/cli.js'))) sh(root, process.execPath, ['scripts/build.mjs'])
}, 60000)

describe('husky + lint-staged pre-commit recipe', () => {
  it('lints only the staged files and blocks a commit with errors', () => {
    const dir = fixture({
      'package.json': JSON.stringify({name: 'docs', private: true, 'lint-staged': {'*.{txt,md,html}': 'translint'}}),
      '.linterrc.json': JSON.stringify({rules: {tatweel: 'error'}}),
      'good.txt': 'شاركت الأمانة في المؤتمر.\n'
    })
    expect(sh(dir, 'git', ['init', '-q', '-b', 'main']).status).toBe(0)
    // `npx husky init`, done by hand: hooks path and the pre-commit hook.
    expect(sh(dir, process.execPath, ['-e', `import('${join(root, 'node_modules/husky/index.js')}').then((m) => process.stdout.write(m.default()))`]).status).toBe(0)
    expect(readFileSync(join(dir, '.git/config'), 'utf8')).toMatch(/hooksPath = \.husky\/_/)
    writeFileSync(join(dir, '.husky/pre-commit'), 'lint-staged\n', {mode: 0o755})

    sh(dir, 'git', ['add', '.'])
    const first = sh(dir, 'git', ['commit', '-qm', 'clean docs'])
    expect(first.status).toBe(0)

    // A bad file that is not staged does not block the commit of a good one.
    writeFileSync(join(dir, 'unstaged.txt'), 'شاركت الأمانـة في المؤتمر.\n')
    writeFileSync(join(dir, 'good2.txt'), 'وأكد الوزير أهمية التعاون.\n')
    sh(dir, 'git', ['add', 'good2.txt'])
    const second = sh(dir, 'git', ['commit', '-qm', 'more docs'])
    expect(second.status).toBe(0)

    // A staged file with an error blocks the commit, and says why.
    writeFileSync(join(dir, 'bad.txt'), 'شاركت الأمانـة في المؤتمر.\n')
    sh(dir, 'git', ['add', 'bad.txt'])
    const third = sh(dir, 'git', ['commit', '-qm', 'bad docs'])
    expect(third.status).not.toBe(0)
    expect(third.stdout + third.stderr).toMatch(/bad\.txt/)
    expect(third.stdout + third.stderr).toMatch(/tatweel/)
    expect(third.stdout + third.stderr).not.toMatch(/unstaged\.txt/)
    expect(sh(dir, 'git', ['log', '--oneline']).stdout.trim().split('\n')).toHaveLength(2)
  }, 60000)

  it('translint exits 1 on errors in the files it is given (what lint-staged relies on)', () => {
    const dir = fixture({'.linterrc.json': JSON.stringify({rules: {tatweel: 'error'}}), 'bad.txt': 'الأمانـة.\n', 'good.txt': 'الأمانة.\n'})
    expect(sh(dir, 'translint', ['good.txt']).status).toBe(0)
    expect(sh(dir, 'translint', ['good.txt', 'bad.txt']).status).toBe(1)
  })
})
