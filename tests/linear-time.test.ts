// Every rule on adversarial shapes of text — long runs of one class of
// character, two classes alternating, nested brackets, a trigger (`@`, `://`,
// `&`) before a long run, one-megabyte lines — must take time linear in the
// input. A scaling test, not a speed test: each rule's own time (the engine's
// TIMING table, parsing left out) on a text four times longer may be at most
// six times its time on the shorter one (linear is four; a quadratic pattern
// gives sixteen), with slack for the timer and a loaded machine, and under an
// absolute cap. The e-mail pattern mixed-script used before (quadratic) fails
// the `x @ ` shape by far.
import {beforeAll, describe, expect, it} from 'vitest'

process.env.TIMING = '1'
const {lintSync} = await import('../src/engine/processor.ts')
const {timings} = await import('../src/engine/define-rule.ts')
const {loadMarkup} = await import('../src/engine/markup-registry.ts')
const {rules} = await import('../rules/index.ts')

const ALL = Object.fromEntries(rules.map((rule) => [rule.id, rule.severity === 'off' ? 'warn' : rule.severity])) as Record<string, 'warn'>

/** Characters each some rule or pattern cares about. */
const CLASS: Record<string, string> = {
  arabic: 'ب', latin: 'a', capital: 'A', digit: '1', arabicDigit: '١', space: ' ', period: '.', comma: '،', latinComma: ',',
  colon: ':', question: '؟', ellipsis: '…', quote: '"', guillemet: '«', closeGuillemet: '»', paren: '(', closeParen: ')',
  bracket: '[', hyphen: '-', slash: '/', at: '@', hash: '#', amp: '&', tatweel: 'ـ', haraka: 'َ', zwnj: '\u200C',
  rlm: '\u200F', rlo: '\u202E', zwsp: '\u200B', shy: '\u00AD', mask: '\uE000', emoji: '😀', esc: '\u001B', persian: 'ی', apostrophe: "'"
}

type Shape = [name: string, make: (n: number) => string]

const NEAR_REPEAT =
  'وأكد الوزير أهمية تعزيز التعاون بين البلدين في مجالات التنمية والتعليم والصحة، ' +
  'وأشار إلى أن التعاون بين البلدين يشهد تطورا ملحوظا في مجالات التنمية. '

const repeatTo = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)))

const SHAPES: Shape[] = [
  // The quadratic e-mail pattern: an `@`, a Latin letter, then a long run of letters.
  ['x @ + Arabic letters', (n) => 'x @ ' + repeatTo('ب', n)],
  ['Latin letters + @', (n) => repeatTo('a', n) + '@x'],
  ['letters and dots + ://', (n) => repeatTo('a.', n) + '://'],
  ['Arabic word + ellipsis', (n) => repeatTo('ب…', n)],
  ['opening paren + hyphen + letter', (n) => repeatTo('(-ب', n)],
  ['hyphenated Latin token', (n) => repeatTo('a-', n) + 'ب'],
  ['links and glosses', (n) => 'كلمة ' + repeatTo('(ab) www.x.org ', n)],
  ['nested brackets', (n) => repeatTo('(', n / 2) + repeatTo(')', n / 2)],
  ['nested quotes', (n) => repeatTo('«(', n / 2) + repeatTo(')»', n / 2)],
  ['digits and hyphens then a letter', (n) => repeatTo('1-', n) + 'ب'],
  ['spaced title separators', (n) => 'عنوان' + ' '.repeat(n) + 'x'],
  ['words', (n) => repeatTo('كلمة ', n)],
  ['a phrase said again and again', (n) => repeatTo('في إطار التعاون ', n)],
  ['sentences', (n) => repeatTo('ذهب الولد إلى المدرسة. ', n)],
  ['short lines', (n) => repeatTo('ذهب الولد\n', n)],
  // Paragraphs that repeat each other's phrases but for one word (duplicated-phrase compares them all).
  ['near-repeated paragraphs', (n) => Array.from({length: Math.max(1, Math.floor(n / NEAR_REPEAT.length))}, (_, i) => `${NEAR_REPEAT}الفقرة ${i}.`).join('\n')]
]
for (const [name, unit] of Object.entries(CLASS)) SHAPES.push([`run of ${name}`, (n) => repeatTo(unit, n)])
for (const name of ['period', 'comma', 'colon', 'ellipsis', 'quote', 'paren', 'closeParen', 'hyphen', 'rlm', 'zwsp', 'zwnj', 'space', 'latin', 'digit', 'tatweel', 'mask', 'esc', 'at', 'amp']) {
  SHAPES.push([`arabic alternating with ${name}`, (n) => repeatTo('ب' + CLASS[name], n)])
}

/** Each rule's time on a text (the smallest of five runs, so that a pause of the machine counts less). */
function ruleTimes(text: string, format: 'text' | 'markdown' | 'html' = 'text'): Map<string, number> {
  const best = new Map<string, number>()
  for (let run = 0; run < 5; run++) {
    timings!.clear()
    const started = performance.now()
    lintSync(text, {rules: ALL, format})
    timings!.set('(all, parsing included)', performance.now() - started)
    for (const [id, ms] of timings!) best.set(id, Math.min(best.get(id) ?? Number.POSITIVE_INFINITY, ms))
  }
  return best
}

const N = 8000
/** Slack for the timer and a busy machine (other test files run beside this one), in milliseconds. */
const SLACK = 100
const RATIO = 6
/** No rule may take this long on the longer text (32,000 characters). */
const CAP_MS = 3000

/** The rules whose time does not scale linearly from `n` to `4n` characters of a shape. */
function superLinear(make: (n: number) => string, format: 'text' | 'markdown' | 'html' = 'text', only?: string): string[] {
  const small = ruleTimes(make(N), format)
  const large = ruleTimes(make(4 * N), format)
  const failures: string[] = []
  for (const [id, ms] of large) {
    if (only && id !== only) continue
    const before = small.get(id) ?? 0
    if (ms > RATIO * before + SLACK || ms > CAP_MS) failures.push(`${id}: ${before.toFixed(1)} ms → ${ms.toFixed(1)} ms`)
  }
  return failures
}

beforeAll(async () => {
  await loadMarkup()
  // Warm the engine up so that the first shape does not pay for compiling it.
  ruleTimes(repeatTo('ذهب الولد إلى المدرسة. ', N))
})

describe('every rule is linear in its input', () => {
  it.each(SHAPES)('%s', (_name, make) => {
    // A failure must hold in three measurements (a pause of a shared machine is not a quadratic rule).
    let failures = superLinear(make)
    for (let attempt = 0; attempt < 2 && failures.length > 0; attempt++) failures = superLinear(make)
    expect(failures).toEqual([])
  }, 120000)

  it('Markdown and HTML: alignment, comments and references are linear too', () => {
    const shapes: [string, (n: number) => string, 'markdown' | 'html'][] = [
      ['a continuation line with a long indentation', (n) => 'فقرة\n' + ' '.repeat(n) + 'كلمة', 'markdown'],
      ['a control comment with a long run of spaces', (n) => '<!-- translint-disable' + ' '.repeat(n) + 'x -->\n\nكلمة', 'markdown'],
      ['character references', (n) => '<p>' + repeatTo('كلمة&amp;', n) + '</p>', 'html'],
      ['escapes', (n) => repeatTo('\\*كلمة', n), 'markdown']
    ]
    for (const [name, make, format] of shapes) {
      let failures = superLinear(make, format, '(all, parsing included)')
      for (let attempt = 0; attempt < 2 && failures.length > 0; attempt++) failures = superLinear(make, format, '(all, parsing included)')
      expect(failures, name).toEqual([])
    }
  }, 120000)

  it('one-megabyte lines are linted within a budget', () => {
    const MB = 1024 * 1024
    for (const make of [(n: number) => 'x @ ' + repeatTo('ب', n), (n: number) => repeatTo('كلمة ', n), (n: number) => repeatTo('ب…', n), (n: number) => repeatTo('(', n)]) {
      const text = make(MB)
      const started = performance.now()
      const file = lintSync(text, {rules: ALL})
      const seconds = (performance.now() - started) / 1000
      // Linear rules lint a megabyte in about a second on a loaded two-core machine.
      expect(seconds).toBeLessThan(60)
      expect(file.messages.filter((m) => m.cause !== undefined).map((m) => m.ruleId)).toEqual([])
    }
  }, 400000)
})
