// `--stdin-jsonl`: one findings line per record, in order, with the record's
// id; a bad record gets an error line and the run goes on; each answer is
// written before the next record is read (a caller can wait for it).
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {createInterface} from 'node:readline'
import {beforeAll, describe, expect, it} from 'vitest'
import {lines, runStdinJsonl} from '../src/cli/stdin-jsonl.ts'
import {cli, fixture} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname
const tatweel = 'شاركت الأمانـة في المؤتمر.'
const clean = 'شاركت الأمانة في المؤتمر.'
const record = (id: unknown, text: unknown) => JSON.stringify({id, text}) + '\n'
const parse = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as {id: unknown; messages?: {ruleId: string}[]; error?: string; line?: number})

describe('--stdin-jsonl', () => {
  it('answers each record with its id and the findings --stdin gives for its text', async () => {
    // Typography on (tatweel, whitespace): findings to compare.
    const dir = fixture({'.linterrc.json': JSON.stringify({extends: ['translint:recommended', 'translint:typography']})})
    const texts = [tatweel, clean, `${tatweel}\n\nفقرة ثانية فيها  مسافتان.`]
    const input = record('a', texts[0]) + record(2, texts[1]) + '\n' + record('c', texts[2])
    const result = await cli(['--stdin-jsonl'], {cwd: dir, stdin: input})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const answers = parse(result.stdout)
    expect(answers.map((answer) => answer.id)).toEqual(['a', 2, 'c'])
    for (const [i, text] of texts.entries()) {
      const one = await cli(['--stdin', '--format', 'json'], {cwd: dir, stdin: text})
      const [file] = JSON.parse(one.stdout) as {messages: unknown[]}[]
      expect(answers[i].messages, text).toEqual(file.messages)
    }
    expect(answers[0].messages!.map((m) => m.ruleId)).toContain('tatweel')
    expect(answers[1].messages).toEqual([])
  })

  it('a bad record gets an error line naming its line (and id when it has one); the others are answered', async () => {
    const dir = fixture({})
    const input = [
      record(1, tatweel),
      'not json\n',
      JSON.stringify({id: 7}) + '\n',
      JSON.stringify({text: clean}) + '\n',
      '[1,2]\n',
      JSON.stringify({id: {deep: true}, text: clean}) + '\n',
      record(8, tatweel).replace('\n', '\r\n'),
      record(9, tatweel).slice(0, -1)
    ].join('')
    const result = await cli(['--stdin-jsonl'], {cwd: dir, stdin: input})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const answers = parse(result.stdout)
    expect(answers).toHaveLength(8)
    expect(answers.map((answer) => [answer.id, answer.line ?? null, answer.error === undefined])).toEqual([
      [1, null, true],
      [null, 2, false],
      [7, 3, false],
      [null, 4, false],
      [null, 5, false],
      [null, 6, false],
      [8, null, true],
      [9, null, true]
    ])
    expect(answers[1].error).toMatch(/^not JSON/)
    expect(answers[2].error).toBe('expected an object with `id` (a string or a number) and `text` (a string)')
  })

  it('invalid UTF-8 and a line over the limit are error lines; the line after them is answered', async () => {
    const out: string[] = []
    const input = [Buffer.from(record('ok', tatweel)), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from(record('long', 'ن'.repeat(300))), Buffer.from(record('last', clean))]
    // Chunks that cut lines (and characters) anywhere.
    const whole = Buffer.concat(input)
    async function* chunks() {
      for (let at = 0; at < whole.length; at += 37) yield whole.subarray(at, at + 37)
    }
    const summary = await runStdinJsonl(chunks(), {cwd: fixture({}), path: 'stdin.txt', rulesFor: (config) => config.rules, write: (line) => out.push(line), maxRecordBytes: 400})
    const answers = out.map((line) => JSON.parse(line))
    expect(answers.map((answer) => [answer.id, answer.error ?? null])).toEqual([
      ['ok', null],
      [null, 'not UTF-8'],
      [null, 'longer than 0 KiB (1 KiB); not linted'],
      ['last', null]
    ])
    expect(summary).toEqual({records: 4, bad: 2})
  })

  it('splits lines the same wherever the chunks end, and never keeps more than the limit of one line', async () => {
    const text = 'أ\nبب\n\nجـج' + '\n' + 'x'.repeat(50) + '\nآخر'
    const bytes = Buffer.from(text)
    const expected = text.split('\n').map((line) => (line.length === 50 ? {tooLong: 50} : line))
    for (let size = 1; size <= bytes.length; size++) {
      async function* chunks() {
        for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
      }
      const got = []
      for await (const line of lines(chunks(), 20)) got.push('bytes' in line ? line.bytes.toString() : {tooLong: line.tooLong})
      expect(got, `chunks of ${size}`).toEqual(expected)
    }
  })

  it('takes --rule, --quiet, --config and --stdin-filename (a Markdown name lints Markdown)', async () => {
    const dir = fixture({'strict.json': JSON.stringify({rules: {tatweel: 'error'}})})
    const input = record('md', `${tatweel}\n\n\`${tatweel}\`\n`)
    const asText = parse((await cli(['--stdin-jsonl', '--rule', 'tatweel:error'], {cwd: dir, stdin: input})).stdout)
    const asMarkdown = parse((await cli(['--stdin-jsonl', '--rule', 'tatweel:error', '--stdin-filename', 'doc.md'], {cwd: dir, stdin: input})).stdout)
    expect(asText[0].messages!.filter((m) => m.ruleId === 'tatweel')).toHaveLength(2)
    // Inline code is not prose.
    expect(asMarkdown[0].messages!.filter((m) => m.ruleId === 'tatweel')).toHaveLength(1)
    const quiet = parse((await cli(['--stdin-jsonl', '--quiet', '--config', 'strict.json'], {cwd: dir, stdin: record(1, tatweel)})).stdout)
    expect(quiet[0].messages!.map((m) => m.ruleId)).toEqual(['tatweel'])
    const off = parse((await cli(['--stdin-jsonl', '--quiet'], {cwd: dir, stdin: record(1, tatweel)})).stdout)
    expect(off[0].messages).toEqual([])
  })

  it('refuses what has no meaning with records (paths, --fix, --cache, another format) with a usage error', async () => {
    const dir = fixture({'a.txt': clean})
    for (const args of [['a.txt'], ['--fix'], ['--cache'], ['--format', 'json'], ['--output-file', 'x']]) {
      const result = await cli(['--stdin-jsonl', ...args], {cwd: dir, stdin: record(1, clean)})
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^translint: --stdin-jsonl reads records from standard input and writes JSON lines: it cannot be used with /)
    }
  })
})

describe('--stdin-jsonl with the built bin', () => {
  const bin = join(root, 'bin/translint.js')
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
  }, 60000)

  it('answers each record before the next is written, and exits 0 when standard input closes', async () => {
    const child = spawn(process.execPath, [bin, '--stdin-jsonl'], {cwd: fixture({}), stdio: ['pipe', 'pipe', 'pipe']})
    const answers = createInterface({input: child.stdout})[Symbol.asyncIterator]()
    let stderr = ''
    child.stderr.on('data', (data) => (stderr += data))
    const seen: unknown[] = []
    // One record at a time: the next is written only once this one is answered, on a pipe left open.
    for (const [id, text] of [['first', tatweel], ['second', clean], ['third', tatweel]] as const) {
      child.stdin.write(record(id, text))
      const {value} = await answers.next()
      seen.push(JSON.parse(value as string).id)
    }
    child.stdin.end()
    const code = await new Promise((done) => child.on('close', done))
    expect(seen).toEqual(['first', 'second', 'third'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
  }, 60000)

  it('a record longer than a document may be (128 MiB) gets an error line without being kept, and the next record is linted', async () => {
    const usageFile = join(fixture({}), 'usage.json')
    const child = spawn(process.execPath, ['--import', join(root, 'scripts/process-usage.mjs'), bin, '--stdin-jsonl'], {
      cwd: fixture({}),
      stdio: ['pipe', 'pipe', 'pipe'],
      env: {...process.env, TRANSLINT_USAGE_FILE: usageFile}
    })
    let stdout = ''
    child.stdout.on('data', (data) => (stdout += data))
    const closed = new Promise((done) => child.on('close', done))
    // 130 MiB of text in one record (a 210 MB record ran the process out of memory), then a short one.
    const mebibyte = Buffer.from('ن'.repeat(512 * 1024))
    const write = (data: Buffer | string) => new Promise<void>((done) => (child.stdin.write(data) ? done() : child.stdin.once('drain', () => done())))
    await write('{"id":"big","text":"')
    for (let index = 0; index < 130; index++) await write(mebibyte)
    await write('"}\n' + record('next', tatweel))
    child.stdin.end()
    expect(await closed).toBe(1)
    const answers = parse(stdout)
    expect(answers.map((answer) => [answer.id, answer.error ?? null])).toEqual([
      [null, 'longer than 128 MiB (130 MiB); not linted'],
      ['next', null]
    ])
    expect(answers[1]!.messages!.map((message) => message.ruleId)).toEqual(['tatweel'])
    // The line is held until it passes the limit, then dropped (223 MB peak when written); reading it whole took several times its size.
    const {maxRssKB} = JSON.parse(readFileSync(usageFile, 'utf8')) as {maxRssKB: number}
    expect(maxRssKB / 1024).toBeLessThan(400)
  }, 120000)
})
