// One bad file never stops a run, and hostile inputs (huge standard input,
// config paths pointed at devices or secrets, extends fan-outs) are refused
// with a clear message, never read until the process dies.
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it, vi} from 'vitest'
import {cli, fixture} from './cli-helpers.ts'
import {lintSync} from '../src/engine/processor.ts'

// A rule that throws on any document holding the word `انفجار` (a stand-in for a bug in a rule).
vi.mock('../rules/tatweel.ts', async (importOriginal) => {
  const {defineRule} = await import('../src/engine/define-rule.ts')
  const original = ((await importOriginal()) as {default: Parameters<typeof defineRule>[0]}).default
  return {
    default: defineRule({
      ...original,
      check(tree, context, options) {
        if (context.text.includes('انفجار')) throw new Error('the rule broke')
        return original.check(tree, context, options)
      }
    })
  }
})

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'bin/translint.js')
const bad = 'شاركت الأمانـة في المؤتمر.\n'
const good = 'شاركت الأمانة في المؤتمر.\n'

interface JsonFile {
  path: string
  messages: {ruleId: string; line: number | null; reason: string}[]
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
}, 60000)

describe('one bad file never stops a run', () => {
  it('an empty HTML file is linted like any other (it used to throw in the parse)', async () => {
    const dir = fixture({'a.html': '', 'b.html': '<html></html>', 'c.txt': bad, 'd.html': `<p>${bad}</p>`})
    const {code, stdout, stderr} = await cli(['--rule', 'tatweel:warn', '--format', 'json', 'a.html', 'b.html', 'c.txt', 'd.html'], {cwd: dir})
    expect(stderr).toBe('')
    const report: JsonFile[] = JSON.parse(stdout)
    expect(report.map((f) => [f.path, f.messages.map((m) => m.ruleId)])).toEqual([
      ['a.html', []],
      ['b.html', []],
      ['c.txt', ['tatweel']],
      ['d.html', ['tatweel']]
    ])
    expect(code).toBe(0)
    // With --fix, the other files are fixed and the empty ones left as they are.
    const fixed = await cli(['--rule', 'tatweel:warn', '--fix', 'a.html', 'b.html', 'c.txt', 'd.html'], {cwd: dir})
    expect(fixed.code).toBe(0)
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe(good)
    expect(readFileSync(join(dir, 'd.html'), 'utf8')).toBe(`<p>${good}</p>`)
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe('')
  })

  it('a rule that throws is an internal error of that file, not a finding', async () => {
    const broken = 'شاركت الأمانـة في المؤتمر بعد الانفجار .\n'
    // Typography on: punctuation-spacing reports beside the broken tatweel.
    const dir = fixture({'broken.txt': broken, 'fine.txt': bad, '.linterrc.json': JSON.stringify({extends: ['translint:recommended', 'translint:typography']})})
    const {code, stdout, stderr} = await cli(['--format', 'json', '.'], {cwd: dir})
    expect(stderr.trim().split('\n')).toEqual([
      'translint: broken.txt: internal error in rule `tatweel`: the rule broke (a bug in translint: please report it with this file); its findings are incomplete'
    ])
    const report: JsonFile[] = JSON.parse(stdout)
    expect(report.map((f) => f.path)).toEqual(['broken.txt', 'fine.txt'])
    // No finding without a position, none carrying the error; the other rules still report.
    const messages = report.flatMap((f) => f.messages)
    expect(messages.filter((m) => m.line === null)).toEqual([])
    expect(messages.filter((m) => m.reason.includes('broke'))).toEqual([])
    expect(report[0].messages.some((m) => m.ruleId === 'punctuation-spacing')).toBe(true)
    expect(report[1].messages.map((m) => m.ruleId)).toContain('tatweel')
    expect(code).toBe(2)
    // A file with a failing rule is not fixed (its other fixes included); the others are.
    const fixed = await cli(['--fix', '.'], {cwd: dir})
    expect(fixed.stderr).toMatch(/broken\.txt: internal error in rule `tatweel`: the rule broke .*; its findings are incomplete and it was not fixed/)
    expect(readFileSync(join(dir, 'broken.txt'), 'utf8')).toBe(broken)
    expect(readFileSync(join(dir, 'fine.txt'), 'utf8')).toBe(good)
    expect(fixed.code).toBe(2)
  })

  it('rules that fail on a markup document give no finding without a position', async () => {
    const dir = fixture({'a.html': '<code><h1></code> ', 'b.txt': bad})
    const {stdout, stderr} = await cli(['--format', 'json', '--rule', 'tatweel:warn', 'a.html', 'b.txt'], {cwd: dir})
    const report: JsonFile[] = JSON.parse(stdout)
    expect(report.flatMap((f) => f.messages).filter((m) => m.line === null)).toEqual([])
    expect(report.find((f) => f.path === 'b.txt')!.messages.map((m) => m.ruleId)).toContain('tatweel')
    // Whatever still fails there is named, with its rule, on standard error.
    for (const line of stderr.trim().split('\n').filter(Boolean)) expect(line).toMatch(/^translint: a\.html: internal error (in rules? `[a-z-]+`|while parsing)/)
  })
})

describe('limits', () => {
  it('stdin over the limit is refused with a clear message', () => {
    // 129 MiB of Arabic text, more than the 128 MiB a document may have.
    const result = spawnSync('sh', ['-c', `yes 'شاركت الأمانة في المؤتمر.' | head -c ${129 * 1024 * 1024} | "${process.execPath}" "${bin}" --stdin`], {
      encoding: 'utf8'
    })
    expect(result.stderr).toBe('translint: <stdin>: is larger than 128 MiB; not linted\n')
    expect(result.status).toBe(2)
  }, 60000)

  it('a Markdown or HTML file over 4 MiB is linted in sections, a tight list too; a stretch of 4 MiB that cannot be cut (text in one inline HTML element) is not linted: one fatal message says so', async () => {
    const MiB = 1024 * 1024
    // Linted whole, a 10 MB list took 1.7 GB, and 40 MB passed the V8 heap limit, ending the run for every file.
    const item = '- شاركت الأمانة في المؤتمر.\n'
    const list = item.repeat(Math.ceil((4 * MiB) / 48) + 10)
    // Paragraphs, one with a tatweel near the end: cut between them.
    const paragraphs = 'شاركت الأمانة في المؤتمر.\n\n'.repeat(Math.ceil((4 * MiB) / 45) + 10) + 'شاركت الأمانـة في المؤتمر.\n'
    const dir = fixture({'big.md': list + '- شاركت الأمانـة في المؤتمر.\n', 'big.html': `<p><b>${list}</b></p>`, 'long.md': paragraphs, 'ok.md': '- شاركت الأمانـة في المؤتمر.\n'})
    const result = await cli(['--format', 'json', 'big.md', 'big.html', 'long.md', 'ok.md'], {cwd: dir})
    expect(result.code).toBe(1)
    const files = JSON.parse(result.stdout) as {path: string; messages: {ruleId: string | null; severity: string; line: number; reason: string}[]}[]
    // The repeated lines of long.md are findings of other rules: tatweel and the engine's own are what this is about.
    const about = (m: {ruleId: string | null}) => m.ruleId === null || m.ruleId === 'tatweel'
    expect(files.map((file) => file.messages.filter(about).map((m) => `${m.line} ${m.severity} ${m.ruleId} ${m.reason}`))).toEqual([
      [`${list.split('\n').length} warning tatweel Unexpected tatweel in \`الأمانـة\`, expected \`الأمانة\``],
      ['1 error null Unexpected HTML of 4.1 MiB with no place between two elements to cut it at, expected at most 4 MiB: not linted'],
      [`${paragraphs.split('\n').length - 1} warning tatweel Unexpected tatweel in \`الأمانـة\`, expected \`الأمانة\``],
      ['1 warning tatweel Unexpected tatweel in `الأمانـة`, expected `الأمانة`']
    ])
    // Bytes, not characters: 1.5 Mi characters of code (more than 4 MiB at three bytes each, but 1.5 MiB) are linted.
    expect(lintSync('```\n' + 'x'.repeat(1.5 * MiB) + '\n```\n', {format: 'markdown'}).messages).toEqual([])
    // Two files of 4 MiB linted with every rule: 100 s in a full run on a loaded machine.
  }, 300000)

  it('config extends /dev/zero is refused', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{extends: '/dev/zero'}, /\.linterrc\.json: extends: `\/dev\/zero`: the config file is not a regular file$/],
      [{extends: ['translint:recommended', '/dev/urandom']}, /\.linterrc\.json: extends\[1\]: `\/dev\/urandom`: the config file is not a regular file$/],
      [{words: ['/dev/zero']}, /\.linterrc\.json: words\[0\]: \/dev\/zero: the word list is not a regular file$/],
      [{organizations: ['/dev/urandom']}, /\.linterrc\.json: organizations\[0\]: \/dev\/urandom: the organisation file is not a regular file$/],
      [{extends: './fifo.json'}, /\.linterrc\.json: extends: `\.\/fifo\.json`: the config file is not a regular file$/],
      [{words: ['big.txt']}, /\.linterrc\.json: words\[0\]: .*big\.txt: the word list is larger than 64 MiB; not read$/]
    ]
    for (const [config, expected] of cases) {
      const dir = fixture({'.linterrc.json': JSON.stringify(config), 'a.txt': good})
      execFileSync('mkfifo', [join(dir, 'fifo.json')])
      execFileSync('truncate', ['-s', '65M', join(dir, 'big.txt')])
      const {code, stderr} = await cli(['a.txt'], {cwd: dir})
      expect(stderr.trim()).toMatch(expected)
      expect(code).toBe(2)
    }
  })

  it('extends fan-out is bounded', async () => {
    // Each level extends the next one twice: 2^n paths to the last file, n + 1 distinct files.
    const fanOut = (levels: number) => {
      const files: Record<string, string> = {'a.txt': good, [`${levels}.json`]: JSON.stringify({rules: {tatweel: 'error'}})}
      for (let i = 0; i < levels; i++) files[`${i}.json`] = JSON.stringify({extends: [`./${i + 1}.json`, `./${i + 1}.json`]})
      return fixture(files)
    }
    const within = fanOut(14)
    const printed = await cli(['--config', '0.json', '--print-config', 'a.txt'], {cwd: within})
    expect(JSON.parse(printed.stdout).configFiles).toHaveLength(15)
    expect(JSON.parse(printed.stdout).rules.tatweel).toEqual(['error', {}])
    const deep = fanOut(28)
    const refused = await cli(['--config', '0.json', 'a.txt'], {cwd: deep})
    expect(refused.stderr).toMatch(/0\.json: extends: nests deeper than 16 levels/)
    expect(refused.code).toBe(2)
  })

  it('a broken config never echoes its content', async () => {
    const secret = 'root:$6$Zx9s3cr3t:19000:0:99999:7:::\nDB_PASSWORD=hunter2\n'
    const dir = fixture({
      'secret': secret,
      'secret.json': secret,
      'a.txt': good,
      'extends.json': JSON.stringify({extends: './secret'}),
      'orgs.json': JSON.stringify({organizations: ['secret.json']}),
      'typo.json': '{"rules": {"tatweel": "warn",}}'
    })
    for (const config of ['secret', 'extends.json', 'orgs.json', 'typo.json']) {
      const {code, stderr} = await cli(['--config', config, 'a.txt'], {cwd: dir})
      expect(code).toBe(2)
      expect(stderr).toMatch(/broken JSON/)
      for (const leak of ['root', 'Zx9s3cr3t', 'hunter2', 'DB_PASSWORD', 'tatweel', 'rules']) expect(stderr).not.toContain(leak)
    }
    expect((await cli(['--config', 'typo.json', 'a.txt'], {cwd: dir})).stderr).toMatch(/typo\.json: broken JSON at line 1, column 30$/m)
  })
})

describe('a run that lints nothing', () => {
  it('exits 2 with the reason, unless --no-error-on-unmatched-pattern', async () => {
    const dir = fixture({'html/a.html': good, 'empty/.keep': '', 'drafts/x.txt': good, '.linterrc.json': JSON.stringify({ignore: ['drafts/**']})})
    const html = await cli(['html'], {cwd: dir})
    expect(html.stderr).toMatch(/^translint: no file to lint: nothing in `html` has a linted extension/)
    expect(html.code).toBe(2)
    const empty = await cli(['empty'], {cwd: dir})
    expect(empty.code).toBe(2)
    expect(empty.stderr).toBe('translint: no file to lint: nothing in `empty` has a linted extension (folders are searched for the config\'s `extensions`, .txt and .md by default) (--no-error-on-unmatched-pattern allows this)\n')
    expect(empty.stdout).toBe('')
    const unmatched = await cli(['nothing/*.txt'], {cwd: dir})
    expect(unmatched.code).toBe(2)
    expect(unmatched.stderr).toMatch(/nothing\/\*\.txt: no files match this pattern/)
    const ignored = await cli(['drafts'], {cwd: dir})
    expect(ignored.stderr).toMatch(/no file to lint: every file found in `drafts` is ignored by the config's `ignore`/)
    expect(ignored.code).toBe(2)
    const allowed = await cli(['--no-error-on-unmatched-pattern', 'html', 'nothing/*.txt'], {cwd: dir})
    expect(allowed.stderr).toBe('')
    expect(allowed.stdout).toBe('')
    expect(allowed.code).toBe(0)
    // Every path given is ignored, one of them explicitly named: a file named on the command line is linted.
    expect((await cli(['--no-error-on-unmatched-pattern', 'drafts'], {cwd: dir})).code).toBe(0)
    expect((await cli(['drafts/x.txt'], {cwd: dir})).code).toBe(0)
  })
})
