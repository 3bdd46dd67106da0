// The README's comparison with pofilter (translate-toolkit), checked on the
// annotated sample: pofilter's `numbers` reports every segment whose only
// difference from the source is the digit script or the thousands mark, and
// translint reports none; both find the changed and dropped numbers.
// Needs `pofilter` (Debian's translate-toolkit; .ci/run installs it).
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import './helpers.ts'
import {lintSync} from '../src/engine/processor.ts'

const hasPofilter = spawnSync('pofilter', ['--version']).status === 0
const rows = readFileSync(new URL('./fixtures/bitext/sample.tsv', import.meta.url), 'utf8')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'))
  .filter((r) => /digits written|thousands mark|changed to|dropped/.test(r[4]!))
const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
const po =
  'msgid ""\nmsgstr ""\n"Language: ar\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n' +
  rows.map((r) => `\nmsgctxt ${quote(r[0]!)}\nmsgid ${quote(r[1]!)}\nmsgstr ${quote(r[2]!)}\n`).join('')

describe.skipIf(!hasPofilter)('against pofilter on the same PO file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'translint-pofilter-'))
  writeFileSync(join(dir, 'in.po'), po)
  execFileSync('pofilter', ['--language=ar', '--progress=none', '-t', 'numbers', join(dir, 'in.po'), join(dir, 'out.po')], {stdio: 'ignore'})
  const flagged = new Set([...readFileSync(join(dir, 'out.po'), 'utf8').matchAll(/^# \(pofilter\) numbers:.*\nmsgctxt "([^"]+)"/gm)].map((m) => m[1]!))
  const file = lintSync(new VFile({path: 'in.po', value: po}), {format: 'po', only: ['number-mismatch']})
  const reported = new Set(file.messages.map((m) => m.segment!.split('|')[0]!))
  const scriptOnly = rows.filter((r) => /digits written|thousands mark/.test(r[4]!)).map((r) => r[0]!)
  const wrong = rows.filter((r) => /changed to|dropped/.test(r[4]!)).map((r) => r[0]!)

  it('pofilter reports a digit-script difference as a number mismatch; translint does not', () => {
    expect(scriptOnly.length).toBeGreaterThanOrEqual(20)
    expect(scriptOnly.filter((id) => flagged.has(id))).toEqual(scriptOnly)
    expect(scriptOnly.filter((id) => reported.has(id))).toEqual([])
  })

  it('both report the numbers that were changed or dropped', () => {
    expect(wrong.filter((id) => !flagged.has(id))).toEqual([])
    expect(wrong.filter((id) => !reported.has(id))).toEqual([])
  })
})
