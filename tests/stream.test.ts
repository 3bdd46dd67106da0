// The run streams: each file is read, linted and reported in turn, in the
// order of the file list, and the streamed formats print the same report the
// whole-run formats would.
import {spawn, spawnSync} from 'node:child_process'
import {readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {run, type Io} from '../src/cli/index.ts'
import {lintSync} from '../src/engine/processor.ts'
import {reporters} from '../src/reporters/index.ts'
import {reportStream} from '../src/reporters/stream.ts'
import {cli, fixture} from './cli-helpers.ts'

const bad = 'شاركت الأمانـة في المؤتمر.\n'
const good = 'شاركت الأمانة في المؤتمر.\n'

function seeds(): VFile[] {
  const dir = new URL('../seeds/', import.meta.url)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => lintSync(new VFile({path: `seeds/${name}`, value: readFileSync(new URL(name, dir), 'utf8')}), {rules: {tatweel: 'error'}}))
}

describe('streamed reports', () => {
  it('--format jsonl prints one line per file with the entries of --format json', async () => {
    const dir = fixture({'a.txt': bad, 'b.txt': good, 'c.md': `# عنوان\n\n${bad}`})
    const jsonl = await cli(['--format', 'jsonl', '--rule', 'tatweel:error', '.'], {cwd: dir})
    const json = await cli(['--format', 'json', '--rule', 'tatweel:error', '.'], {cwd: dir})
    const lines = jsonl.stdout.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(3)
    expect(lines.map((line) => JSON.parse(line))).toEqual(JSON.parse(json.stdout))
    expect(JSON.parse(lines[0])).toMatchObject({path: 'a.txt', messages: [{ruleId: 'tatweel', line: 1, column: 7}]})
    expect(jsonl.code).toBe(1)
  })

  it('each file is reported before the next one is read', async () => {
    const dir = fixture({'a.txt': good, 'b.txt': good})
    const chunks: string[] = []
    const io: Io = {
      // Once a.txt is reported, b.txt changes: a run that read every file first would not see it.
      stdout: (text) => {
        chunks.push(text)
        if (chunks.length === 1) writeFileSync(join(dir, 'b.txt'), bad)
      },
      stderr: () => {},
      readStdin: async () => '',
      cwd: dir
    }
    await run(['--format', 'jsonl', '--rule', 'tatweel:error', 'a.txt', 'b.txt'], io)
    expect(chunks.map((chunk) => JSON.parse(chunk).path)).toEqual(['a.txt', 'b.txt'])
    expect(JSON.parse(chunks[1]).messages.map((m: {ruleId: string}) => m.ruleId)).toContain('tatweel')
  })

  it('reports files in the order of the file list', async () => {
    const dir = fixture({'a.txt': bad, 'b.txt': bad, 'd/c.txt': bad})
    const {stdout} = await cli(['--format', 'stylish', '--rule', 'tatweel:warn', 'b.txt', 'd', 'a.txt'], {cwd: dir})
    expect(stdout.split('\n').filter((line) => /\.txt$/.test(line))).toEqual(['b.txt', 'd/c.txt', 'a.txt'])
  })

  it('stream the same text as the whole-run reporters: json byte for byte, stylish per file with one summary', () => {
    const files = seeds()
    for (const format of ['json', 'jsonl', 'github', 'sarif', 'junit', 'checkstyle']) {
      for (const list of [files, [], [new VFile({path: 'clean.txt'})]]) {
        const whole = reporters[format](list, {})
        const stream = reportStream(format, reporters[format], {})
        const streamed = list.map((file) => stream.add(file)).join('') + [...stream.end()].join('')
        expect(streamed, format).toBe(whole)
      }
    }
    // stylish: a file alone prints as it would on its own; the summary comes once, at the end.
    for (const color of [false, true]) {
      const stream = reportStream('stylish', reporters.stylish, {color})
      const blocks = files.map((file) => stream.add(file))
      const end = [...stream.end()].join('')
      for (const [i, file] of files.entries()) {
        const alone = reporters.stylish([file], {color})
        expect(alone.startsWith(blocks[i].replace(/^\n/, ''))).toBe(true)
      }
      const whole = reporters.stylish(files, {color})
      expect(end).toBe(whole.slice(whole.lastIndexOf('\n\n') + 1))
      const strip = (text: string) => text.replace(/ +/g, ' ')
      expect(strip(blocks.join('') + end)).toBe(strip(whole))
    }
  })

  it('an empty run prints an empty JSON array', async () => {
    const dir = fixture({'a.html': '<p>نص</p>'})
    const {stdout, code} = await cli(['--format', 'json', '--no-error-on-unmatched-pattern', '.'], {cwd: dir})
    expect(stdout).toBe('[]\n')
    expect(code).toBe(0)
  })

  it('--output-file appears complete and leaves no temporary file', async () => {
    const dir = fixture({'a.txt': bad, 'b.txt': good})
    const {code, stdout} = await cli(['--format', 'jsonl', '--rule', 'tatweel:error', '--output-file', 'report.jsonl', '.'], {cwd: dir})
    expect(stdout).toBe('')
    expect(code).toBe(1)
    expect(readFileSync(join(dir, 'report.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).path)).toEqual(['a.txt', 'b.txt'])
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('--output-file to a FIFO (or a device such as /dev/null) writes into it, and leaves it in place', async () => {
    const dir = fixture({'a.txt': bad})
    const fifo = join(dir, 'fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const reader = spawn('sh', ['-c', `cat '${fifo}' > '${join(dir, 'got')}'`])
    const closed = new Promise((done) => reader.on('close', done))
    const {code, stderr} = await cli(['--format', 'jsonl', '--rule', 'tatweel:error', '--output-file', 'fifo', 'a.txt'], {cwd: dir})
    await closed
    expect(stderr).toBe('')
    expect(code).toBe(1)
    expect(JSON.parse(readFileSync(join(dir, 'got'), 'utf8')).path).toBe('a.txt')
    expect(statSync(fifo).isFIFO()).toBe(true)
  })
})
