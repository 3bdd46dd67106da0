import {describe, expect, it} from 'vitest'
import {cli, fixture} from './cli-helpers.ts'

const config = JSON.stringify({rules: {tatweel: 'error'}})
const body = 'شاركت الأمانـة في المؤتمر.\n'

function rulesIn(stdout: string): string[] {
  return JSON.parse(stdout)[0].messages.map((m: {ruleId: string}) => m.ruleId)
}

describe('# translint-disable-file in plain text', () => {
  it('turns the named rules off for the file, and the directive line is not linted', async () => {
    const dir = fixture({'.linterrc.json': config, 'a.txt': '# translint-disable-file tatweel\n' + body, 'b.txt': body})
    const a = await cli(['--format', 'json', 'a.txt'], {cwd: dir})
    expect(rulesIn(a.stdout)).not.toContain('tatweel')
    expect(JSON.parse(a.stdout)[0].messages.filter((m: {line: number}) => m.line === 1)).toEqual([])
    expect(a.code).toBe(0)
    expect(rulesIn((await cli(['--format', 'json', 'b.txt'], {cwd: dir})).stdout)).toContain('tatweel')
  })

  it('with no rule names turns every rule off', async () => {
    const dir = fixture({'.linterrc.json': config, 'a.txt': '# translint-disable-file\n' + body})
    expect(rulesIn((await cli(['--format', 'json', 'a.txt'], {cwd: dir})).stdout)).toEqual([])
  })

  it('reports a directive that disables nothing with --report-unused-disable-directives', async () => {
    const dir = fixture({'.linterrc.json': config, 'a.txt': '# translint-disable-file tatweel stray-period\n' + body})
    const plain = await cli(['--format', 'json', 'a.txt'], {cwd: dir})
    expect(rulesIn(plain.stdout)).not.toContain('unused-directive')
    const strict = await cli(['--format', 'json', '--report-unused-disable-directives', 'a.txt'], {cwd: dir})
    const unused = JSON.parse(strict.stdout)[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'unused-directive')
    expect(unused.map((m: {reason: string; line: number; column: number}) => [m.line, m.column, m.reason])).toEqual([
      [1, 34, 'Unused `translint-disable-file` directive for `stray-period`, expected a finding to disable']
    ])
    expect(strict.code).toBe(1)
  })
})
