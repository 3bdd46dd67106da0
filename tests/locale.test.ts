// Messages in Arabic and English: every rule's every template in both
// languages with the same placeholders; the language chosen by `--locale`, the
// config's `locale` or the environment; JSON carrying the chosen wording and
// the rule id unchanged.
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {rules} from '../rules/index.ts'
import {fillTemplate} from '../src/engine/define-rule.ts'
import {arabicCount, localeFromEnvironment, type Localized} from '../src/engine/locale.ts'
import {CLI_TEXT, setTextLocale} from '../src/cli/texts.ts'
import {Progress} from '../src/cli/progress.ts'
import {DIRECTIVE_TEXT} from '../src/engine/directive-texts.ts'
import {CHANGES_TEXTS} from '../src/reporters/changes.ts'
import {summaryLine} from '../src/reporters/stylish.ts'
import {join} from 'node:path'
import {HELP_TEXT} from '../src/cli/help.ts'
import {cli, fixture} from './cli-helpers.ts'
import {lintRule, place} from './helpers.ts'

const SEEDS = new URL('../seeds/', import.meta.url).pathname

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort()
}

/** The wording of a message without what it quotes: `code spans`, «names» and `{placeholders}`. */
function wording(text: string): string {
  return text.replace(/`[^`]*`/g, ' ').replace(/«[^»]*»/g, ' ').replace(/\{\w+\}/g, ' ')
}

/** An Arabic message: Arabic words, and no Latin letter outside what it quotes. */
function expectArabic(text: string): void {
  expect(text, text).toMatch(/\p{Script=Arabic}{2}/u)
  expect(wording(text), text).not.toMatch(/\p{Script=Latin}/u)
}

describe('every rule message in both languages', () => {
  const templates = rules.flatMap((rule) => Object.entries(rule.messages).map(([id, template]) => [`${rule.id}/${id}`, template] as const))

  it('covers every rule', () => {
    expect(new Set(templates.map(([key]) => key.split('/')[0]))).toEqual(new Set(rules.map((rule) => rule.id)))
  })

  it.each(templates)('%s has an English and an Arabic template with the same placeholders', (_, template) => {
    expect(typeof template).toBe('object')
    const {en, ar} = template as Localized
    expect(en.trim()).not.toBe('')
    expect(ar.trim()).not.toBe('')
    expect(placeholders(ar)).toEqual(placeholders(en))
    expectArabic(ar)
    // Arabic punctuation in the wording: `،` and `؛`, never a Latin comma or semicolon.
    expect(wording(ar)).not.toMatch(/[,;?]/)
    // The English one is English.
    expect(wording(en)).not.toMatch(/\p{Script=Arabic}/u)
  })
})

describe('the examples in Arabic', () => {
  const examples = rules.flatMap((rule) => rule.examples.invalid.map((example, i) => [`${rule.id} #${i}`, rule.id, example] as const))

  it.each(examples)('%s: the same findings, every one worded in Arabic', (_, id, example) => {
    const english = lintRule(id, example.text, example.options)
    const arabic = lintRule(id, example.text, example.options, {locale: 'ar'})
    expect(arabic.map(place)).toEqual(english.map(place))
    expect(arabic.map((m) => m.expected)).toEqual(english.map((m) => m.expected))
    for (const message of arabic) {
      expectArabic(message.reason)
      // No placeholder left unfilled (one inside a quoted value is the text's own: `{0}`).
      expect(message.reason.replace(/`[^`]*`/g, '')).not.toMatch(/\{\w+\}/)
      expect(message.ruleId).toBe(id)
    }
  })
})

describe('fillTemplate', () => {
  it('takes a value given in both languages in the locale asked for', () => {
    const data = {what: {en: 'bracket', ar: 'القوس'}, partner: ')'}
    expect(fillTemplate('`(` opening a {what}, expected `{partner}`', data)).toBe('`(` opening a bracket, expected `)`')
    expect(fillTemplate('في موضع فتح {what}، والصواب `{partner}`', data, 'ar')).toBe('في موضع فتح القوس، والصواب `)`')
  })

  it('counts in Arabic with the noun agreeing with the number', () => {
    const line = {one: 'سطر واحد', two: 'سطران', plural: 'أسطر', accusative: 'سطرًا', singular: 'سطر'}
    expect([1, 2, 3, 10, 11, 99, 100, 102, 103, 111].map((n) => arabicCount(n, line))).toEqual([
      'سطر واحد',
      'سطران',
      '3 أسطر',
      '10 أسطر',
      '11 سطرًا',
      '99 سطرًا',
      '100 سطر',
      '102 سطر',
      '103 أسطر',
      '111 سطرًا'
    ])
  })
})

describe('the locale from the environment', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG; only an Arabic one gives Arabic', () => {
    expect(localeFromEnvironment({})).toBe('en')
    expect(localeFromEnvironment({LANG: 'ar_EG.UTF-8'})).toBe('ar')
    expect(localeFromEnvironment({LANG: 'ar'})).toBe('ar')
    expect(localeFromEnvironment({LANG: 'ar_SA@calendar'})).toBe('ar')
    expect(localeFromEnvironment({LANG: 'fr_FR.UTF-8'})).toBe('en')
    expect(localeFromEnvironment({LANG: 'arn_CL.UTF-8'})).toBe('en') // Mapudungun, not Arabic
    expect(localeFromEnvironment({LC_MESSAGES: 'ar_MA.UTF-8', LANG: 'en_US.UTF-8'})).toBe('ar')
    expect(localeFromEnvironment({LC_ALL: 'C', LC_MESSAGES: 'ar_MA.UTF-8', LANG: 'ar_EG.UTF-8'})).toBe('en')
    expect(localeFromEnvironment({LC_ALL: 'ar_JO.UTF-8', LANG: 'en_GB.UTF-8'})).toBe('ar')
    // An empty variable is not set.
    expect(localeFromEnvironment({LC_ALL: '', LC_MESSAGES: '', LANG: 'ar_EG.UTF-8'})).toBe('ar')
  })
})

const TEXT = 'شاركت الأمانـة في المؤتمر.\n'
const ARABIC_REASON = 'تطويل (كشيدة) في `الأمانـة`، والصواب `الأمانة`'
const ENGLISH_REASON = 'Unexpected tatweel in `الأمانـة`, expected `الأمانة`'

interface JsonFile {
  path: string
  messages: {ruleId: string; reason: string; line: number; column: number}[]
}

async function tatweelReason(argv: string[], files: Record<string, string> = {}): Promise<string> {
  const dir = fixture({'a.txt': TEXT, ...files})
  const result = await cli(['--format', 'json', '--rule', 'tatweel:warn', ...argv, 'a.txt'], {cwd: dir})
  expect(result.stderr).toBe('')
  const report = JSON.parse(result.stdout) as JsonFile[]
  const message = report[0]!.messages.find((m) => m.ruleId === 'tatweel')!
  return message.reason
}

describe('choosing the language', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('is English by default', async () => {
    vi.stubEnv('LC_ALL', '')
    vi.stubEnv('LC_MESSAGES', '')
    vi.stubEnv('LANG', 'C.UTF-8')
    expect(await tatweelReason([])).toBe(ENGLISH_REASON)
  })

  it('--locale ar: JSON carries the Arabic message and the rule id unchanged', async () => {
    const dir = fixture({'a.txt': TEXT})
    const result = await cli(['--format', 'json', '--locale', 'ar', '--rule', 'tatweel:warn', 'a.txt'], {cwd: dir})
    const report = JSON.parse(result.stdout) as JsonFile[]
    const message = report[0]!.messages.find((m) => m.ruleId === 'tatweel')!
    expect(message).toMatchObject({ruleId: 'tatweel', reason: ARABIC_REASON, line: 1, column: 7})
  })

  it('--locale ar: SARIF carries the Arabic message and the rule id unchanged', async () => {
    const dir = fixture({'a.txt': TEXT})
    const result = await cli(['--format', 'sarif', '--locale', 'ar', '--rule', 'tatweel:warn', 'a.txt'], {cwd: dir})
    const sarif = JSON.parse(result.stdout) as {runs: {results: {ruleId: string; message: {text: string}}[]}[]}
    const found = sarif.runs[0]!.results.find((r) => r.ruleId === 'tatweel')!
    expect(found.message.text).toBe(ARABIC_REASON)
  })

  it('follows LANG, and LC_ALL over it', async () => {
    vi.stubEnv('LC_ALL', '')
    vi.stubEnv('LC_MESSAGES', '')
    vi.stubEnv('LANG', 'ar_EG.UTF-8')
    expect(await tatweelReason([])).toBe(ARABIC_REASON)
    vi.stubEnv('LC_ALL', 'en_US.UTF-8')
    expect(await tatweelReason([])).toBe(ENGLISH_REASON)
    vi.stubEnv('LC_ALL', '')
    vi.stubEnv('LC_MESSAGES', 'ar_SA.UTF-8')
    vi.stubEnv('LANG', 'en_US.UTF-8')
    expect(await tatweelReason([])).toBe(ARABIC_REASON)
  })

  it('takes the config key `locale` over the environment, and --locale over both', async () => {
    vi.stubEnv('LC_ALL', 'en_US.UTF-8')
    const config = {'.linterrc.json': JSON.stringify({locale: 'ar'})}
    expect(await tatweelReason([], config)).toBe(ARABIC_REASON)
    expect(await tatweelReason(['--locale', 'en'], config)).toBe(ENGLISH_REASON)
    vi.stubEnv('LC_ALL', 'ar_EG.UTF-8')
    expect(await tatweelReason([], {'.linterrc.json': JSON.stringify({locale: 'en'})})).toBe(ENGLISH_REASON)
  })

  it('takes the `locale` of a config it extends', async () => {
    vi.stubEnv('LC_ALL', 'C')
    const files = {'base.json': JSON.stringify({locale: 'ar'}), '.linterrc.json': JSON.stringify({extends: './base.json'})}
    expect(await tatweelReason([], files)).toBe(ARABIC_REASON)
  })

  it('rejects an unknown language in the config and on the command line', async () => {
    const dir = fixture({'a.txt': TEXT, '.linterrc.json': JSON.stringify({locale: 'fr'})})
    const bad = await cli(['a.txt'], {cwd: dir})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/\.linterrc\.json: locale: .*\(allowed: en, ar\)/)
    const flag = await cli(['--locale', 'fr', 'a.txt'], {cwd: fixture({'a.txt': TEXT})})
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/--locale/)
  })

  it('words the findings of worker threads in the language chosen (the built CLI, --jobs 2)', () => {
    // Worker threads run the bundle (from the sources, everything runs in this thread).
    const root = new URL('..', import.meta.url).pathname
    if (!existsSync(join(root, 'dist/worker.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
    const dir = fixture(Object.fromEntries(Array.from({length: 6}, (_, i) => [`${i}.txt`, TEXT])))
    const run = spawnSync(process.execPath, [join(root, 'bin/translint.js'), '--format', 'json', '--locale', 'ar', '--rule', 'tatweel:warn', '--jobs', '2', '.'], {cwd: dir, encoding: 'utf8'})
    const reasons = (JSON.parse(run.stdout) as JsonFile[]).flatMap((file) => file.messages.filter((m) => m.ruleId === 'tatweel').map((m) => m.reason))
    expect(reasons).toEqual(Array.from({length: 6}, () => ARABIC_REASON))
  })

  it('keeps cached findings in the language they were worded in', async () => {
    const dir = fixture({'a.txt': TEXT})
    const json = async (argv: string[]) => (JSON.parse((await cli(['--format', 'json', '--cache', '--rule', 'tatweel:warn', ...argv, 'a.txt'], {cwd: dir})).stdout) as JsonFile[])[0]!.messages
    expect((await json(['--locale', 'en'])).find((m) => m.ruleId === 'tatweel')!.reason).toBe(ENGLISH_REASON)
    expect((await json(['--locale', 'ar'])).find((m) => m.ruleId === 'tatweel')!.reason).toBe(ARABIC_REASON)
    expect((await json(['--locale', 'en'])).find((m) => m.ruleId === 'tatweel')!.reason).toBe(ENGLISH_REASON)
  })

  it('--stdin-jsonl words its findings in the language chosen', async () => {
    const dir = fixture({})
    const result = await cli(['--stdin-jsonl', '--locale', 'ar', '--rule', 'tatweel:warn'], {cwd: dir, stdin: JSON.stringify({id: 1, text: TEXT}) + '\n'})
    const answer = JSON.parse(result.stdout.trim()) as {messages: {ruleId: string; message?: string; reason?: string}[]}
    const message = answer.messages.find((m) => m.ruleId === 'tatweel')!
    expect(message.message ?? message.reason).toBe(ARABIC_REASON)
  })
})

describe('translint --locale ar seeds/', () => {
  it('words every finding in Arabic, with the same findings and rule ids as in English', async () => {
    // Every rule on, so that every rule that can report on the seeds does.
    const config = join(fixture({}), 'all.json')
    writeFileSync(config, JSON.stringify({extends: 'translint:all'}))
    const run = async (locale: string) => {
      const result = await cli(['--config', config, '--format', 'json', '--locale', locale, SEEDS], {cwd: SEEDS})
      return JSON.parse(result.stdout) as JsonFile[]
    }
    const [english, arabic] = [await run('en'), await run('ar')]
    expect(arabic.length).toBe(readdirSync(SEEDS).length)
    const shape = (report: JsonFile[]) => report.flatMap((file) => file.messages.map((m) => `${file.path}:${m.line}:${m.column}:${m.ruleId}`))
    expect(shape(arabic)).toEqual(shape(english))
    const messages = arabic.flatMap((file) => file.messages)
    expect(messages.length).toBeGreaterThan(50)
    for (const message of messages) expectArabic(message.reason)
    // Every rule that reports on the seeds, worded in Arabic.
    expect(new Set(messages.map((m) => m.ruleId)).size).toBeGreaterThan(10)
  })
})

describe('a baseline across languages', () => {
  it('written with English messages, holds the same findings worded in Arabic', async () => {
    // Typography and spelling on: the tatweel and `فى` are found.
    const dir = fixture({'a.txt': 'شاركت الأمانـة في المؤتمر فى القاهرة.\n', '.linterrc.json': JSON.stringify({extends: ['translint:recommended', 'translint:typography', 'translint:orthography']})})
    const written = await cli(['--locale', 'en', '--write-baseline', 'base.json', 'a.txt'], {cwd: dir})
    expect(written.code).toBe(0)
    const arabic = await cli(['--locale', 'ar', '--format', 'json', '--baseline', 'base.json', 'a.txt'], {cwd: dir})
    expect((JSON.parse(arabic.stdout) as JsonFile[]).flatMap((file) => file.messages)).toEqual([])
    // Without the baseline, the same run has findings.
    const all = await cli(['--locale', 'ar', '--format', 'json', 'a.txt'], {cwd: dir})
    expect((JSON.parse(all.stdout) as JsonFile[])[0]!.messages.length).toBeGreaterThan(0)
  })
})

describe("the command line's own texts", () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it.each(Object.entries({...CLI_TEXT, ...DIRECTIVE_TEXT}))('%s is in both languages with the same placeholders', (_, text) => {
    expect(placeholders(text.ar)).toEqual(placeholders(text.en))
    expectArabic(text.ar)
    expect(wording(text.ar)).not.toMatch(/[,;?]/)
  })

  it('says in Arabic that a path does not exist, and that nothing was linted', async () => {
    const dir = fixture({'notes.html': '<p>نص</p>\n'})
    const missing = await cli(['--locale', 'ar', 'nothing-here.txt'], {cwd: dir})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nothing-here.txt: لا ملف ولا مجلد بهذا الاسم')
    const nothing = await cli(['--locale', 'ar', '.'], {cwd: dir})
    expect(nothing.code).toBe(2)
    expect(nothing.stderr).toBe(
      'translint: لا ملف للفحص: ليس في `.` ملف بامتداد يُفحص (يُبحث في المجلدات عن امتدادات المفتاح `extensions` في الإعدادات، وهي `.txt` و`.md` ما لم تُغيَّر) (ويسمح بذلك الخيار `--no-error-on-unmatched-pattern`)\n'
    )
  })

  it('words usage errors and notices in the language of the environment or the config', async () => {
    vi.stubEnv('LC_ALL', 'ar_EG.UTF-8')
    const dir = fixture({'a.txt': TEXT})
    const bad = await cli(['--max-warnings', 'many', 'a.txt'], {cwd: dir})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('translint: `--max-warnings`: المتوقع عدد صحيح، وأُعطي `many`\n')
    vi.stubEnv('LC_ALL', 'C')
    const configured = fixture({'a.txt': TEXT, '.linterrc.json': JSON.stringify({locale: 'ar', rules: {tatweel: 'warn'}})})
    const written = await cli(['--write-baseline', 'base.json', 'a.txt'], {cwd: configured})
    expect(written.stderr).toBe('translint: كُتبت ملاحظة واحدة في base.json\n')
    const english = await cli(['--locale', 'en', '--write-baseline', 'base.json', 'a.txt'], {cwd: configured})
    expect(english.stderr).toBe('translint: wrote 1 finding to base.json\n')
  })
})

describe('the help in Arabic', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it.each(Object.entries(HELP_TEXT))('%s is in both languages', (_, text) => {
    expect(placeholders(text.ar)).toEqual(placeholders(text.en))
    expectArabic(text.ar)
  })

  it('prints --help in Arabic with --locale ar or an Arabic environment, and in English otherwise', async () => {
    const dir = fixture({'a.txt': TEXT})
    const arabic = await cli(['--locale', 'ar', '--help'], {cwd: dir})
    expect(arabic.code).toBe(0)
    expect(arabic.stdout).toContain('الخيارات:')
    expect(arabic.stdout).toContain(HELP_TEXT.quiet.ar)
    expect(arabic.stdout).toContain('رمز الخروج:')
    // No English left in the descriptions: what is Latin is option names, values and commands.
    expect(arabic.stdout).not.toMatch(/Options:|Usage:|report errors only|choices:|default:|Examples:/)
    vi.stubEnv('LC_ALL', 'ar_EG.UTF-8')
    expect((await cli(['--help'], {cwd: dir})).stdout).toContain('الخيارات:')
    expect((await cli(['--locale=en', '--help'], {cwd: dir})).stdout).toContain('report errors only')
    vi.stubEnv('LC_ALL', 'C')
    const english = await cli(['--help'], {cwd: dir})
    expect(english.stdout).toContain('Options:')
    expect(english.stdout).not.toMatch(/\p{Script=Arabic}/u)
  })
})

describe('the default report in Arabic', () => {
  it('translint --locale ar seeds/: no English word but the rule ids, the file names and words quoted from the seeds', async () => {
    // Typography and spelling on too: more kinds of message on the seeds.
    const config = join(fixture({}), 'house.json')
    writeFileSync(config, JSON.stringify({extends: ['translint:recommended', 'translint:typography', 'translint:orthography']}))
    const result = await cli(['--config', config, '--locale', 'ar', SEEDS], {cwd: SEEDS})
    expect(result.code).toBe(1)
    const seedWords = new Set(readdirSync(SEEDS).flatMap((name) => readFileSync(join(SEEDS, name), 'utf8').match(/\p{Script=Latin}+/gu) ?? []))
    const ids = new Set(rules.flatMap((rule) => [rule.id, ...rule.id.split('-')]))
    const english = (result.stdout.match(/\p{Script=Latin}+/gu) ?? []).filter((word) => !ids.has(word) && !seedWords.has(word) && !/^\d*_?[0-9a-f]+$/.test(word) && word !== 'txt')
    expect(english).toEqual([])
    // Its own words are Arabic: severities and the summary line.
    expect(result.stdout).toMatch(/ {2}تحذير {2}/)
    expect(result.stdout).toMatch(/ {2}خطأ {4}/)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ \d+ خطأً?، ⚠ \d+ تحذيرًا? في 5 ملفات$/)
    // The same report in English has English words of its own (the test above can fail).
    const inEnglish = await cli(['--locale', 'en', SEEDS], {cwd: SEEDS})
    expect(inEnglish.stdout).toMatch(/Unexpected/)
    expect(inEnglish.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ \d+ errors, ⚠ \d+ warnings in 5 files$/)
  })

  it('counts in Arabic in the summary, the dry run and compact segments', () => {
    const files = [1, 2, 3, 11].map((n) => summaryLine({error: n, warning: 0, info: 0, files: n}, false, 'ar'))
    expect(files).toEqual(['✖ خطأ واحد في ملف واحد', '✖ خطآن في ملفين', '✖ 3 أخطاء في 3 ملفات', '✖ 11 خطأً في 11 ملفًا'])
    expect(CHANGES_TEXTS.ar.count(2, 1)).toBe('تعديلان في ملف واحد (تشغيل تجريبي: لم يُكتب شيء)')
  })

  it('keeps the severity words of --format compact in English for editors, the message in Arabic', async () => {
    const dir = fixture({'a.txt': TEXT})
    const result = await cli(['--locale', 'ar', '--format', 'compact', '--rule', 'tatweel:warn', 'a.txt'], {cwd: dir})
    expect(result.stdout).toBe(`a.txt:1:7: warning ${ARABIC_REASON} [tatweel]\n`)
  })
})

describe('the html report in Arabic', () => {
  it('is a right-to-left page with its own words in Arabic, its script reading them as data', async () => {
    const dir = fixture({'a.txt': TEXT})
    const result = await cli(['--locale', 'ar', '--format', 'html', '--rule', 'tatweel:warn', 'a.txt'], {cwd: dir})
    const page = result.stdout
    expect(page).toContain('<html lang="ar" dir="rtl">')
    expect(page).toContain('<title>تقرير translint</title>')
    expect(page).toContain('<legend>الخطورة</legend>')
    expect(page).toContain('<footer class="tl-foot" id="tl-totals">ملف واحد: تحذير واحد</footer>')
    const words = JSON.parse(/<script type="application\/json" id="tl-words">(.*?)<\/script>/.exec(page)![1]!) as {summary: string; severity: {warning: string}}
    expect(words).toMatchObject({summary: 'ملف واحد، ملاحظة واحدة', severity: {warning: 'تحذير'}})
    // The finding's message, in its mark's title, in Arabic.
    expect(page).toContain('tatweel (تحذير): ' + ARABIC_REASON)
    // In English, the same page in English.
    const english = (await cli(['--format', 'html', '--locale', 'en', '--rule', 'tatweel:warn', 'a.txt'], {cwd: dir})).stdout
    expect(english).toContain('<html lang="en" dir="ltr">')
    expect(english).toContain('<footer class="tl-foot" id="tl-totals">1 file: 1 warning</footer>')
  })
})

describe('directives that silence nothing, in Arabic', () => {
  it('words the unused-directive findings of text and Markdown in the language chosen', async () => {
    const dir = fixture({'a.txt': '# translint-disable-file stray-period\nنص سليم.\n', 'b.md': '<!-- translint-disable -->\n\nنص سليم.\n'})
    const result = await cli(['--locale', 'ar', '--format', 'json', '--report-unused-disable-directives', 'a.txt', 'b.md'], {cwd: dir})
    const reasons = (JSON.parse(result.stdout) as JsonFile[]).flatMap((file) => file.messages.filter((m) => m.ruleId === 'unused-directive').map((m) => m.reason))
    expect(reasons).toEqual([
      'توجيه `translint-disable-file` لـ`stray-period` لا يعطّل شيئًا، والمتوقع ملاحظة يعطّلها',
      'توجيه `translint-disable` لا يُسكت شيئًا، والمتوقع ملاحظة يُسكتها'
    ])
  })
})

describe('the progress line in Arabic', () => {
  afterEach(() => setTextLocale('en'))

  it('names files and the time left in the language of the run', () => {
    setTextLocale('ar')
    let clock = 0
    const progress = new Progress({write: () => {}, columns: 200}, 1000, () => clock)
    expect(progress.line()).toMatch(/^translint: الملفات: 0 {2}0\.00 MB {2}0\.00 MB\/s {2}عدّ الملفات…$/)
    progress.setTotal(4, 4e6)
    progress.fileDone(1e6)
    clock = 2000
    // 1 MB in 2 s: 0.5 MB/s, 3 MB left: 6 s.
    expect(progress.line()).toBe('translint: الملفات: 1/4   25% [=====>              ]  1.0 MB  0.50 MB/s  المتبقي 0:06')
  })
})

describe('configuration errors in Arabic', () => {
  it('names each problem of a config in the language chosen, with its file and key path', async () => {
    const config = {rules: {'stray-perod': 'error', tatweel: ['warn', {allowInTitle: true}]}, extnsions: [], locale: 'fr'}
    const dir = fixture({'a.txt': TEXT, '.linterrc.json': JSON.stringify(config)})
    const result = await cli(['--locale', 'ar', 'a.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    const lines = result.stderr.trimEnd().split('\n').map((line) => line.replace(/^translint: .*?\.linterrc\.json: /, ''))
    expect(lines).toEqual([
      'extnsions: مفتاح غير معروف، هل تقصد `extensions`؟ (المسموح: `$schema`، `root`، `extends`، `plugins`، `rules`، `ignore`، `extensions`، `organizations`، `terminology`، `words`، `stats`، `locale`، `overrides`)',
      'rules.stray-perod: قاعدة غير معروفة، هل تقصد `stray-period`؟ (انظر `translint --list-rules`)',
      'rules.tatweel[1].allowInTitle: خيار غير معروف، هل تقصد `allowInTitles`؟ (المسموح: `allowInTitles`)',
      'locale: قيمة غير مسموح بها (المسموح: `en`، `ar`)'
    ])
    const flag = await cli(['--locale', 'ar', '--rule', 'tatweel:loud', 'a.txt'], {cwd: fixture({'a.txt': TEXT})})
    expect(flag.stderr).toBe('translint: --rule: tatweel:loud: المتوقع `id:severity` والدرجة إحدى القيم: `off`، `info`، `warn`، `error`\n')
  })
})
