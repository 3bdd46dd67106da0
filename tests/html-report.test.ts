// `--format html`: the page is checked in a real browser (Debian's chromium,
// driven by playwright-core): it loads from a file:// URL without errors or
// requests, every finding's marks cover exactly the text the JSON format
// reports at its offsets, the filters hide and show, hovering shows the fix,
// hostile text and file names stay text; and a screenshot is attached.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {highlight} from '../src/reporters/html-highlight.ts'
import {html, htmlStream} from '../src/reporters/html.ts'
import {cli, fixture} from './cli-helpers.ts'

const ROOT = resolve(import.meta.dirname, '..')
const CHROMIUM = '/usr/bin/chromium'
const NO_BROWSER = `${CHROMIUM} is absent (Debian: apt-get install chromium); the browser checks of the HTML report are skipped`
/** Screenshots (gitignored): attached to the test's output and named on the console. */
const SHOTS = join(ROOT, 'test-results')

interface JsonFinding {
  ruleId: string | null
  severity: string
  reason: string
  offset: number | null
  endOffset: number | null
  expected: string[] | null
}

/** Text as the linter reads it (no byte-order mark). */
const documentText = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '')

/** A message on `file` at [start, end) (offsets; line and column are not used by the page's marks). */
function place(file: VFile, reason: string, start: number, end: number, options: {ruleId?: string; fatal?: boolean | null; expected?: string[]} = {}) {
  const point = (offset: number) => ({line: 1, column: offset + 1, offset})
  const message = file.message(reason, {place: {start: point(start), end: point(end)}, ruleId: options.ruleId ?? 'tatweel', source: 'translint'})
  message.fatal = options.fatal === null ? undefined : (options.fatal ?? false)
  if (options.expected) message.expected = options.expected
  return message
}

describe('html report: the file', () => {
  it('is one self-contained page: inline style and script, nothing fetched, a policy that runs only its own code', () => {
    const file = new VFile({path: 'a.txt', value: 'كتــاب'})
    place(file, 'Unexpected `ــ`, expected none', 3, 5, {expected: ['']})
    const page = html([file])
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).not.toMatch(/<link\b|\ssrc=|@import|url\(|@font-face/i)
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'/)
    // One executable script (the page's own); the rest are JSON data.
    expect(page.match(/<script>/g)).toHaveLength(1)
    expect(page.match(/<script type="application\/json" class="tl-data">/g)).toHaveLength(1)
  })

  it('escapes the document, its name and the messages: nothing from them becomes markup', () => {
    const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "q" \'s\''
    const file = new VFile({path: `${hostile}.txt`, value: `نص ${hostile} نص`})
    place(file, `Unexpected \`${hostile}\``, 3, 3 + hostile.length, {expected: [hostile]})
    const page = html([file])
    expect(page).not.toContain('<img')
    expect(page).not.toContain('<script>alert')
    expect(page).not.toContain('</script><script>alert')
    expect(page.match(/<script\b/g)).toHaveLength(3) // the data, the page's words and the page's script
    expect(page).toContain('&lt;img src=x onerror=alert(2)&gt;')
  })

  it('writes each document as it comes and keeps only the totals', () => {
    const stream = htmlStream()
    const first = new VFile({path: 'one.txt', value: 'الأول'})
    const second = new VFile({path: 'two.txt', value: 'الثاني'})
    place(second, 'Unexpected', 0, 2, {fatal: true})
    const a = stream.add(first)
    expect(a).toContain('<!doctype html>')
    expect(a).toContain('الأول')
    const b = stream.add(second)
    expect(b).not.toContain('<!doctype html>')
    expect(b).toContain('<bdi>two.txt</bdi>')
    const end = [...stream.end()].join('')
    expect(end).toContain('2 files: 1 error')
    expect(end).toContain('</html>')
    expect(a + b + end).toBe(html([first, second]))
  })

  it('marks crossing findings in pieces that nest, each piece of a finding holding its part of the text', () => {
    const spans = [
      {id: 'a', start: 0, end: 6, attributes: 'class="x"'},
      {id: 'b', start: 3, end: 9, attributes: 'class="y"'},
      {id: 'c', start: 4, end: 4, attributes: 'class="z"'}
    ]
    expect(highlight('012345678', spans)).toBe(
      '<mark class="x" data-f="a" id="tl-f-a" tabindex="0">012<mark class="y" data-f="b" id="tl-f-b" tabindex="0">3' +
        '<mark class="z" data-f="c" id="tl-f-c" tabindex="0"></mark>45</mark></mark>' +
        '<mark class="y" data-f="b" data-cont="">678</mark>'
    )
  })
})

describe('html report in a browser (chromium)', () => {
  let browser: Browser | undefined
  const dir = fixture({})
  const present = existsSync(CHROMIUM)

  beforeAll(async () => {
    if (!present) return
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // Chromium's sandbox refuses to start as root (CI containers).
      args: process.getuid?.() === 0 ? ['--no-sandbox'] : []
    })
  }, 30000)
  afterAll(async () => {
    await browser?.close()
  })

  /** The page at `path`, loaded from a file:// URL, with what it logged, threw and requested. */
  async function open(path: string) {
    const page = await browser!.newPage({viewport: {width: 1400, height: 900}})
    const problems: string[] = []
    const requests: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('request', (request) => requests.push(request.url()))
    const url = pathToFileURL(path).href
    await page.goto(url)
    return {page, problems, requests, url}
  }

  /** Each finding id's marks, their texts joined in document order. */
  const markedText = (page: Page) =>
    page.$$eval('mark[data-f]', (marks) => {
      const texts: Record<string, string> = {}
      for (const mark of marks) {
        const id = (mark as HTMLElement).dataset.f!
        texts[id] = (texts[id] ?? '') + mark.textContent
      }
      return texts
    })

  /** Whether the finding's first mark is drawn as a highlight (a background or a caret). */
  const highlighted = (page: Page, id: string) =>
    page.$eval(`#tl-f-${id}`, (mark) => {
      const style = getComputedStyle(mark)
      const caret = getComputedStyle(mark, '::before').content
      return style.backgroundColor !== 'rgba(0, 0, 0, 0)' || (caret !== 'none' && caret !== 'normal')
    })

  it('the seeds: loads without errors or requests, marks every finding exactly, filters, shows fixes on hover', async ({skip, annotate}) => {
    if (!present) return skip(NO_BROWSER)
    const report = join(dir, 'seeds.html')
    // Every rule on: the seeds' typography and spelling findings too, well over a hundred to place.
    const config = join(dir, 'all.json')
    writeFileSync(config, JSON.stringify({extends: 'translint:all'}))
    const [asJson, asHtml] = await Promise.all([
      cli(['--config', config, '--format', 'json', 'seeds/'], {cwd: ROOT}),
      cli(['--config', config, '--format', 'html', '--output-file', report, 'seeds/'], {cwd: ROOT})
    ])
    expect(asHtml.stderr).toBe('')
    expect(asHtml.code).toBe(asJson.code)
    const entries = JSON.parse(asJson.stdout) as {path: string; messages: JsonFinding[]}[]
    expect(entries).toHaveLength(5)
    const {page, problems, requests, url} = await open(report)
    try {
      expect(problems).toEqual([])
      expect(requests).toEqual([url])

      // Each document: right to left, Arabic, its whole text shown as it is.
      const sections = await page.$$eval('section.tl-doc', (all) =>
        all.map((section) => {
          const text = section.querySelector('.tl-text') as HTMLElement
          return {index: (section as HTMLElement).dataset.file!, path: section.querySelector('.tl-path bdi')!.textContent!, dir: text.dir, lang: text.lang, text: text.textContent}
        })
      )
      expect(sections.map((s) => s.path)).toEqual(entries.map((e) => e.path))
      const marked = await markedText(page)
      let findings = 0
      for (const [i, entry] of entries.entries()) {
        const text = documentText(join(ROOT, entry.path))
        expect(sections[i]).toMatchObject({dir: 'rtl', lang: 'ar', text})
        for (const [j, finding] of entry.messages.entries()) {
          findings++
          expect(finding.offset, `${entry.path} finding ${j} has offsets`).not.toBeNull()
          expect(marked[`${sections[i].index}-${j}`], `${entry.path} finding ${j} (${finding.ruleId})`).toBe(text.slice(finding.offset!, finding.endOffset!))
        }
      }
      expect(Object.keys(marked)).toHaveLength(findings)
      expect(findings).toBeGreaterThan(100)

      // Hover: the fix (before → after) of a fixable finding, the suggestions of another.
      const all = entries.flatMap((entry, i) => entry.messages.map((m, j) => ({...m, id: `${sections[i].index}-${j}`})))
      const data = await page.$$eval('script.tl-data', (scripts) => scripts.flatMap((s) => JSON.parse(s.textContent!).findings))
      const withFix = data.find((f: {fix: unknown; placed: boolean}) => f.fix && f.placed)
      const withSuggestions = data.find((f: {suggestions: unknown; placed: boolean}) => f.suggestions && f.placed)
      for (const finding of [withFix, withSuggestions]) {
        expect(finding).toBeDefined()
        const json = all.find((m) => m.id === finding.id)!
        await page.hover(`#tl-f-${finding.id}`)
        const tip = page.locator('#tl-tip')
        await expect.poll(() => tip.isVisible()).toBe(true)
        const shown = (await tip.textContent())!
        expect(shown).toContain(json.reason)
        expect(shown).toContain(finding.fix ? 'Fix:' : 'Suggestions:')
        if (json.expected![0].trim()) expect(shown).toContain(json.expected![0])
        if (finding.fix) expect(shown).toContain('→')
      }
      // The tooltip of a focused mark (keyboard) stays with it when the page scrolls.
      const tip = page.locator('#tl-tip')
      await page.mouse.move(0, 0)
      await page.focus(`#tl-f-${withFix.id}`)
      await expect.poll(() => tip.isVisible()).toBe(true)
      const top = await tip.evaluate((node) => node.getBoundingClientRect().top)
      await page.evaluate(() => window.scrollBy(0, 40))
      await expect.poll(() => tip.evaluate((node) => Math.round(node.getBoundingClientRect().top))).toBe(Math.round(top - 40))
      expect(await tip.isVisible()).toBe(true)
      mkdirSync(SHOTS, {recursive: true})
      const hovered = join(SHOTS, 'html-report-seeds-hover.png')
      await page.screenshot({path: hovered})
      console.log(`html report screenshot (a tooltip): ${hovered}`)
      await annotate('html report of the seeds, a finding hovered (screenshot)', {path: hovered, contentType: 'image/png'})
      await page.mouse.move(0, 0)

      // Filters: severity, rule, file.
      const error = all.find((m) => m.severity === 'error')!
      const warning = all.find((m) => m.severity === 'warning')!
      expect(await highlighted(page, error.id)).toBe(true)
      expect(await highlighted(page, warning.id)).toBe(true)
      await page.uncheck('input[name=severity][value=warning]')
      expect(await highlighted(page, warning.id)).toBe(false)
      expect(await highlighted(page, error.id)).toBe(true)
      await page.check('input[name=severity][value=warning]')
      expect(await highlighted(page, warning.id)).toBe(true)

      const rule = warning.ruleId!
      await page.selectOption('#tl-rule', rule)
      const other = all.find((m) => m.ruleId !== rule)!
      expect(await highlighted(page, other.id)).toBe(false)
      expect(await highlighted(page, warning.id)).toBe(true)
      // The side list follows: the rule's group counts its findings, another rule's counts none.
      const counts = await page.$$eval('#tl-side details', (groups) => groups.map((g) => [g.querySelector('summary > :first-child')!.textContent, g.querySelector('.tl-n')!.textContent]))
      expect(counts).toContainEqual([rule, String(all.filter((m) => m.ruleId === rule).length)])
      expect(counts).toContainEqual([other.ruleId, '0'])
      await page.selectOption('#tl-rule', '')
      expect(await highlighted(page, other.id)).toBe(true)

      await page.selectOption('#tl-file', sections[2].index)
      expect(await page.isVisible(`#tl-file-${sections[2].index}`)).toBe(true)
      expect(await page.isVisible(`#tl-file-${sections[0].index}`)).toBe(false)
      await page.selectOption('#tl-file', '')
      expect(await page.isVisible(`#tl-file-${sections[0].index}`)).toBe(true)

      // The side list by rule: a group lists its findings, and a link leads to the mark.
      const group = page.locator('#tl-side details', {has: page.locator('summary code', {hasText: new RegExp(`^${rule}$`)})})
      await group.locator('summary').click()
      await expect.poll(() => group.locator('li').count()).toBe(all.filter((m) => m.ruleId === rule).length)
      await group.locator('li a').first().click()
      const first = all.find((m) => m.ruleId === rule)!
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.f)).toBe(first.id)

      expect(problems).toEqual([])
      const shot = join(SHOTS, 'html-report-seeds.png')
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({path: shot})
      console.log(`html report screenshot: ${shot}`)
      await annotate('html report of the seeds (screenshot)', {path: shot, contentType: 'image/png'})
    } finally {
      await page.close()
    }
  }, 60000)

  it('in Arabic (--locale ar): a right-to-left page whose lists, summary and tooltips are Arabic, without errors', async ({skip}) => {
    if (!present) return skip(NO_BROWSER)
    const report = join(dir, 'seeds-ar.html')
    const run = await cli(['--locale', 'ar', '--format', 'html', '--output-file', report, 'seeds/'], {cwd: ROOT})
    expect(run.stderr).toBe('')
    const {page, problems, requests, url} = await open(report)
    try {
      expect(problems).toEqual([])
      expect(requests).toEqual([url])
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl'])
      expect(await page.textContent('#tl-side')).toContain('حسب القاعدة')
      expect(await page.textContent('#tl-summary')).toMatch(/^5 ملفات، \d+ ملاحظ/)
      const data = await page.$$eval('script.tl-data', (scripts) => scripts.flatMap((s) => JSON.parse(s.textContent!).findings))
      const withFix = data.find((f: {fix: unknown; placed: boolean}) => f.fix && f.placed)
      await page.hover(`#tl-f-${withFix.id}`)
      const tip = page.locator('#tl-tip')
      await expect.poll(() => tip.isVisible()).toBe(true)
      const shown = (await tip.textContent())!
      expect(shown).toContain('الإصلاح:')
      // before ← after: the arrow points the way the right-to-left page reads.
      expect(shown).toContain(' ← ')
      expect(shown).not.toContain('→')
      expect(shown).toContain(withFix.reason)
      expect(withFix.reason).toMatch(/\p{Script=Arabic}/u)
      const screenshot = await page.screenshot({path: join(SHOTS, 'html-report-seeds-arabic.png')})
      expect(screenshot.length).toBeGreaterThan(0)
    } finally {
      await page.close()
    }
  }, 60000)

  it('hostile text and file names stay text: no element, no script runs; line endings and bidi controls kept', async ({skip}) => {
    if (!present) return skip(NO_BROWSER)
    const name = '<img src=x onerror="window.pwned=1">.txt'
    const text = 'كتــاب </script><script>window.pwned=2</script> <b onmouseover="window.pwned=3">نص</b>\r\nسطر \u202Eمقلوب\u202C ثان\r\n'
    const folder = fixture({[name]: text})
    const report = join(folder, 'report.html')
    const run = await cli(['--format', 'html', '--output-file', report, '--rule', 'tatweel:error', '.'], {cwd: folder})
    expect(run.stderr).toBe('')
    const json = JSON.parse((await cli(['--format', 'json', '--rule', 'tatweel:error', '.'], {cwd: folder})).stdout) as {messages: JsonFinding[]}[]
    expect(json[0].messages.length).toBeGreaterThan(0)
    const {page, problems, requests, url} = await open(report)
    try {
      expect(problems).toEqual([])
      expect(requests).toEqual([url])
      const seen = await page.evaluate(() => ({
        pwned: (window as unknown as {pwned?: number}).pwned,
        elements: document.querySelectorAll('section img, section b, section script:not(.tl-data)').length,
        scripts: document.querySelectorAll('script').length,
        path: document.querySelector('.tl-path bdi')!.textContent,
        text: document.querySelector('.tl-text')!.textContent
      }))
      expect(seen).toEqual({pwned: undefined, elements: 0, scripts: 3, path: name, text})
      const marked = await markedText(page)
      for (const [j, finding] of json[0].messages.entries()) expect(marked[`0-${j}`]).toBe(text.slice(finding.offset!, finding.endOffset!))
      // Hovering the hostile words runs nothing either.
      await page.hover('.tl-text')
      expect(await page.evaluate(() => (window as unknown as {pwned?: number}).pwned)).toBeUndefined()
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  }, 60000)

  it('crossing, nested and zero-width findings, and findings with no place in the text', async ({skip}) => {
    if (!present) return skip(NO_BROWSER)
    const text = 'الكتاب الجديد في المكتبة، وهو مفيد.\nEnglish line here.'
    const file = new VFile({path: 'crafted.txt', value: text})
    place(file, 'crossing one', 0, 13, {fatal: true})
    place(file, 'crossing two', 7, 20, {fatal: false, ruleId: 'hamza', expected: ['أ', 'إ']})
    place(file, 'nested', 8, 10, {fatal: null})
    place(file, 'insertion', 24, 24, {expected: [' ']})
    place(file, 'latin', 36, 43, {expected: ['Arabic']})
    file.message('no place at all', {ruleId: 'boilerplate'})
    place(file, 'past the end', 10, 500)
    const path = join(dir, 'crafted.html')
    const {writeFileSync} = await import('node:fs')
    writeFileSync(path, html([file]))
    const {page, problems} = await open(path)
    try {
      expect(problems).toEqual([])
      const marked = await markedText(page)
      expect(marked).toEqual({'0-0': text.slice(0, 13), '0-1': text.slice(7, 20), '0-2': text.slice(8, 10), '0-3': '', '0-4': 'English'})
      expect(await page.$$eval('.tl-unplaced li', (items) => items.map((item) => item.textContent))).toEqual([
        'boilerplate (warning): no place at all',
        '1:11 tatweel (warning): past the end'
      ])
      // The caret of the insertion is drawn.
      expect(await highlighted(page, '0-3')).toBe(true)
      await page.hover('#tl-f-0-2')
      const tip = (await page.locator('#tl-tip').textContent())!
      // Every finding at that point: the nested one and the two it sits in.
      expect(tip).toContain('nested')
      expect(tip).toContain('crossing one')
      expect(tip).toContain('crossing two')
      expect(tip).toContain('Suggestions: أ · إ')
      // A fix that inserts a space says so.
      await page.hover('#tl-f-0-3')
      expect(await page.locator('#tl-tip').textContent()).toMatch(/Fix: nothing → {3}\(space\)/)
    } finally {
      await page.close()
    }
  }, 60000)
})
