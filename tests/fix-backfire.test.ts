// A fix can never backfire: a fix pass keeps only the edits whose outcome
// creates no finding the text did not have, and a second --fix changes nothing.
// The mechanism is tested with made-up rules (a lint function written here),
// so it does not depend on what the real rules find; the known cases of the
// real rules follow.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import arabic, {rules} from '../rules/index.ts'
import {preset} from '../src/config/presets.ts'
import {SUGGEST_MARK} from '../src/engine/define-rule.ts'
import {lintFile} from '../src/engine/lint-file.ts'
import {runTask} from '../src/engine/task.ts'
import {applyEdits, fixableEdits} from '../src/fix/apply.ts'
import {fixText} from '../src/fix/fix.ts'
import {loadMarkup} from '../src/engine/markup-registry.ts'
import {checkFixIdempotent} from './fuzz/properties.ts'

/** A finding of rule `ruleId` on [start, end) of the file; a fix when `fix` is given and the rule is fixable. */
function report(file: VFile, ruleId: string, start: number, end: number, expected?: string[], suggest = false): void {
  const m = file.message(`${ruleId} at ${String(file.value).slice(start, end)}`, {
    place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}},
    ruleId
  })
  m.actual = String(file.value).slice(start, end)
  if (expected) m.expected = expected
  ;(m as unknown as Record<symbol, boolean>)[SUGGEST_MARK] = suggest
}

function each(text: string, pattern: RegExp, found: (match: RegExpExecArray) => void): void {
  for (const match of text.matchAll(new RegExp(pattern, 'gu'))) found(match as RegExpExecArray)
}

/**
 * Made-up rules under real rule ids (fixable ones are applied by --fix):
 * `tatweel` deletes every `ـ`; `truncated-sentence` reports the word `قط`
 * (which only the fix of `قـط` writes); `boilerplate` reports the last word
 * of a text that holds `مشكلة` anywhere (which only the fix of `مشـكلة` writes).
 */
function lint(text: string, calls?: {n: number}): VFileMessage[] {
  if (calls) calls.n++
  const file = new VFile(text)
  each(text, /ـ/, (m) => report(file, 'tatweel', m.index!, m.index! + 1, ['']))
  each(text, /(?<!\p{L})قط(?!\p{L})/u, (m) => report(file, 'truncated-sentence', m.index!, m.index! + 2))
  if (text.includes('مشكلة')) {
    const last = /\p{L}+$/u.exec(text)!
    report(file, 'boilerplate', last.index, text.length)
  }
  return file.messages
}

describe('a fix pass never creates a finding', () => {
  it('withholds an edit whose outcome is reported next to it, and applies the others', () => {
    const text = 'كتـب قـط الوزيـر'
    const result = fixText(text, (t) => lint(t))
    expect(result.text).toBe('كتب قـط الوزير')
    expect(result.withheld.map(({edit}) => text.slice(edit.start - 1, edit.end))).toEqual(['قـ'])
    expect(lint(result.text).map((m) => m.ruleId)).toEqual(['tatweel'])
    // Without the check, the fix writes the finding (the premise of the test).
    expect(lint(applyEdits(text, fixableEdits(lint(text))).text).map((m) => m.ruleId)).toContain('truncated-sentence')
  })

  it('finds the one edit behind a finding far from every edit, by bisection, in a few lints', () => {
    const words = Array.from({length: 64}, (_, i) => (i === 41 ? 'مشـكلة' : `كلمـة${i}`))
    const text = `${words.join(' ')} نهاية`
    const calls = {n: 0}
    const result = fixText(text, (t) => lint(t, calls))
    expect(result.withheld.map(({edit}) => text.slice(edit.start - 2, edit.end + 3))).toEqual(['مشـكلة'])
    expect(result.text).toBe(`${words.map((w) => (w === 'مشـكلة' ? w : w.replace('ـ', ''))).join(' ')} نهاية`)
    expect(lint(result.text).map((m) => m.ruleId)).toEqual(['tatweel'])
    // One lint before, one after the pass, about log2(64) + 1 to find the edit, one to check the rest, one more pass.
    expect(calls.n).toBeLessThanOrEqual(12)
  })

  it('costs lints in proportion to the edits to search, not their square', () => {
    const cost = (n: number) => {
      const words = Array.from({length: n}, (_, i) => (i === n - 3 ? 'مشـكلة' : `كلمـة${i}`))
      const calls = {n: 0}
      fixText(`${words.join(' ')} نهاية`, (t) => lint(t, calls))
      return calls.n
    }
    // 16 times the edits, a handful more lints.
    expect(cost(1024) - cost(64)).toBeLessThanOrEqual(5)
  })

  it('is idempotent: fixing the fixed text changes nothing', () => {
    const text = 'كتـب قـط الوزيـر مشـكلة نهاية'
    const once = fixText(text, (t) => lint(t)).text
    expect(once).toBe('كتب قـط الوزير مشـكلة نهاية')
    expect(fixText(once, (t) => lint(t)).text).toBe(once)
  })

  it('an edit never blamed is not withheld for good when a pass runs out of rounds (a second --fix would apply it)', () => {
    // Seven fixes each make a finding far from every edit (the last word), found by bisection two a round;
    // the fix of `بـب` makes none. After three rounds one culprit is left: the pass ends, and the next pass
    // applies `بـب` without the six blamed edits (it used to withhold it with them, for a second --fix to apply).
    const farLint = (text: string): VFileMessage[] => {
      const file = new VFile(text)
      each(text, /ـ/, (m) => report(file, 'tatweel', m.index!, m.index! + 1, ['']))
      const last = /\p{L}+$/u.exec(text)!
      for (let i = 1; i <= 7; i++) if (text.includes(`ك${i}`)) report(file, 'boilerplate', last.index, text.length)
      return file.messages
    }
    const text = 'كـ1 كـ2 كـ3 كـ4 كـ5 كـ6 كـ7 بـب نهاية'
    const once = fixText(text, farLint).text
    expect(once).toContain(' بب ')
    expect(fixText(once, farLint).text).toBe(once)
  })

  it('lets a finding that offered a change as a suggestion apply it once an edit makes it sure', () => {
    // `hamza` suggests `أكبر` or `إكبر` for `اكبر`, and fixes it to `sure` after `هو`, which the fix of `هـو` writes.
    const hamza = (sure: string) => (t: string) => {
      const file = new VFile(t)
      each(t, /ـ/, (m) => report(file, 'tatweel', m.index!, m.index! + 1, ['']))
      each(t, /اكبر/, (m) => {
        const after = t.slice(0, m.index).endsWith('هو ')
        report(file, 'hamza', m.index!, m.index! + 4, after ? [sure] : ['أكبر', 'إكبر'], !after)
      })
      return file.messages
    }
    expect(fixText('هـو اكبر', hamza('أكبر')).text).toBe('هو أكبر')
    // A fix no finding offered before is new: the edit that led to it is withheld.
    expect(fixText('هـو اكبر', hamza('آكبر')).text).toBe('هـو اكبر')
  })
})

describe('the fixer and one voice per span', () => {
  // `hamza` fixes `اكبر`; `spelling-consistency` suggests another whole sentence over it, so one voice leaves it unheard.
  const lintEvery = (t: string) => {
    const file = new VFile(t)
    each(t, /اكبر/, (m) => report(file, 'hamza', m.index!, m.index! + 4, ['أكبر']))
    report(file, 'spelling-consistency', 0, t.length, ['جملة أخرى'], true)
    return file.messages
  }

  it('applies only the fix that stands, and a finding one voice left unheard is not new once it is heard', () => {
    const text = 'هو اكبر'
    const result = fixText(text, lintEvery)
    expect(result.text).toBe('هو أكبر')
    expect(result.withheld).toEqual([])
  })

  it('never applies a fix that a more specific rule’s finding on the same words contradicts', () => {
    // `whitespace` would make the two spaces one; `punctuation-spacing`, more specific, removes them.
    const lintSpaces = (t: string) => {
      const file = new VFile(t)
      each(t, / {2,}/, (m) => report(file, 'whitespace', m.index!, m.index! + m[0].length, [' ']))
      each(t, / +(?=،)/, (m) => report(file, 'punctuation-spacing', m.index!, m.index! + m[0].length, ['']))
      return file.messages
    }
    const result = fixText('كلمة  ، ثم', lintSpaces)
    expect(result.text).toBe('كلمة، ثم')
    expect(result.passes).toEqual([[{start: 4, end: 6, text: '', ruleId: 'punctuation-spacing'}]])
  })
})

describe('--fix on the known cases of the real rules', () => {
  const all = preset('translint:all', [arabic])!
  const findings = (text: string) =>
    lintFile({path: 'a.txt', value: text, rules: all, settings: {}}).messages.map((m) => `${m.ruleId}: ${m.reason}`)
  const fix = (text: string) => runTask({path: 'a.txt', value: text, rules: all, settings: {}, fix: {}})
  const naive = (text: string) => {
    // The fixer without the check: every pass applies every fix.
    let current = text
    for (let pass = 0; pass < 10; pass++) {
      const edits = fixableEdits(lintFile({path: 'a.txt', value: current, rules: all, settings: {}}).messages)
      const next = applyEdits(current, edits).text
      if (next === current) break
      current = next
    }
    return current
  }

  it('two fixes of one word, by two rules, are both applied, one pass after the other', () => {
    // tatweel's fix of `التـى` is `التى`, alif-maqsura's `التـي`: once one is applied the other's
    // value is another word, but the same change, so it is not a new finding.
    const text = 'وهذه هي المواقع التـى يمكن للشخص أن يزورها.\n'
    expect(findings(text).map((f) => f.split(':')[0]).sort()).toEqual(['alif-maqsura', 'tatweel'])
    expect(fix(text).fixed).toBe('وهذه هي المواقع التي يمكن للشخص أن يزورها.\n')
  })

  it('an edit withheld next to a word another fix changed is tried again (a second --fix would apply it)', () => {
    // `إرى `: the hamza finding that deleting the final space seemed to make withheld the deletion; the
    // fix of the word beside it then changed the words around it, so the deletion is tried again.
    const once = fix('إرى ').fixed!
    expect(fix(once).fixed ?? once).toBe(once)
  })

  it('edits withheld while others were applied are tried again once those are done (found by the long fuzz run)', async () => {
    await loadMarkup()
    // Markdown: `والم…اري` is fixed (`… أرى`) only once the list item's edits are in; before, the edits were
    // withheld for good and a second --fix applied them.
    const text = "والم…اري\n> .\nواستعرض التقدم المحرز في مجال مكافحة الإرهاب بين مكتب الأمم المتحدة لمكافحة الإرهاب ودولة قطر منذ الحوار الإستراتيجي الأخير الذي والم…اري\n- »ءاء .\n  اكدت"
    // Throws when fixing the fixed text changes it again.
    expect(checkFixIdempotent({format: 'markdown', text})).toContain('والم… أرى')
  })

  it('a period glued to a foreign name is not spaced into a stray period', () => {
    const text = 'وصل الفريق إلى بوسطن.لوك فاريتور عنده 23 سنة.\n'
    // The premise: spacing the period makes stray-period report it.
    expect(findings(naive(text)).some((f) => f.startsWith('stray-period'))).toBe(true)
    const result = fix(text)
    expect(result.fixed).toBe(text)
    expect(result.file.messages.map((m) => `${m.ruleId}: ${m.reason}`)).toEqual(findings(text))
  })

  it('removing the padding of a signature line does not make it a truncated sentence', () => {
    const pad = '\u00a0 '.repeat(12)
    const body = 'أعلنت وزارة الإسكان اليوم خطة جديدة لبناء المساكن في المدن الكبرى. وقالت الوزارة إن المشاريع ستكتمل خلال عامين. '
    const text = `${body}${pad}ونسأل الله التوفيق للجميع ${pad}المهندس محمد العلي ${pad}المتحدث الرسمي باسم وزارة الإسكان `
    // The premise: collapsing the padding makes truncated-sentence report the signature.
    expect(findings(naive(text)).some((f) => f.startsWith('truncated-sentence'))).toBe(true)
    const result = fix(text)
    expect(result.fixed).not.toBe(text)
    const before = new Set(findings(text))
    expect(result.file.messages.map((m) => `${m.ruleId}: ${m.reason}`).filter((f) => !before.has(f))).toEqual([])
    expect(fix(result.fixed!).fixed).toBe(result.fixed)
  })
})
