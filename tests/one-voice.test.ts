// One voice per span: where two rules advise on the same words, only the more
// specific rule's message stands; messages that do not conflict all stand.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import arabic, {rules} from '../rules/index.ts'
import {preset} from '../src/config/presets.ts'
import {lintFile} from '../src/engine/lint-file.ts'
import {oneVoice, precedence, PRECEDENCE} from '../src/engine/one-voice.ts'
import {lintSync} from '../src/engine/processor.ts'

/** A message of a made-up rule on [start, end) of `text`, advising `expected`. */
function message(file: VFile, ruleId: string, start: number, end: number, expected?: string[]): VFileMessage {
  const m = file.message(`${ruleId} ${start}-${end}`, {
    place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}},
    ruleId
  })
  m.actual = String(file.value).slice(start, end)
  if (expected) m.expected = expected
  return m
}

// Made-up rules, the first the most specific.
const ranks = new Map([
  ['fact', 0],
  ['artefact', 1],
  ['spacing', 2],
  ['majority', 3]
])
const rank = (id: string) => ranks.get(id) ?? 9

function voices(text: string, build: (file: VFile) => void): string[] {
  const file = new VFile(text)
  build(file)
  return oneVoice(file.messages, text, rank).kept.map((m) => m.reason)
}

describe('one voice per span', () => {
  it('keeps the more specific rule where two rules change the same characters differently, in any order', () => {
    const text = 'كلمة  ، ثم'
    const forward = voices(text, (f) => {
      message(f, 'majority', 4, 6, [' '])
      message(f, 'spacing', 4, 6, [''])
    })
    const backward = voices(text, (f) => {
      message(f, 'spacing', 4, 6, [''])
      message(f, 'majority', 4, 6, [' '])
    })
    expect(forward).toEqual(['spacing 4-6'])
    expect(backward).toEqual(['spacing 4-6'])
  })

  it('keeps one message, the more specific rule’s, where two rules give the same advice', () => {
    const text = 'قال الامين العام'
    expect(
      voices(text, (f) => {
        message(f, 'majority', 4, 10, ['الأمين'])
        message(f, 'fact', 4, 10, ['الأمين'])
      })
    ).toEqual(['fact 4-10'])
  })

  it('silences opposite advice anywhere in the document: A → B against B → A, within whole words', () => {
    const text = 'الاتحاد الأوربي قال. ثم الأوروبي قال.'
    const kept = voices(text, (f) => {
      message(f, 'fact', 0, 15, ['الاتحاد الأوروبي'])
      message(f, 'majority', 24, 32, ['الأوربي'])
    })
    expect(kept).toEqual(['fact 0-15'])
  })

  it('does not call advice opposite when the words only share letters inside another word', () => {
    // `ان` → `أن` in one place; elsewhere `تأنيث` → `تانيث` undoes a hamza, but not on the word `ان`.
    const text = 'قال ان الوزير ثم تأنيث'
    expect(
      voices(text, (f) => {
        message(f, 'fact', 4, 6, ['أن'])
        message(f, 'majority', 17, 22, ['تانيث'])
      })
    ).toEqual(['fact 4-6', 'majority 17-22'])
  })

  it('keeps both fixes that change neighbouring characters of the same words', () => {
    // Deleting the space before a comma and turning `,` into `،`; a kashida and a final yā' of one word.
    const text = 'كلمة , ثم التـى'
    expect(
      voices(text, (f) => {
        message(f, 'spacing', 4, 5, [''])
        message(f, 'artefact', 5, 6, ['،'])
        message(f, 'spacing', 10, 15, ['التى'])
        message(f, 'fact', 10, 15, ['التـي'])
      })
    ).toEqual(['spacing 4-5', 'artefact 5-6', 'spacing 10-15', 'fact 10-15'])
  })

  it('treats an insertion as colliding with a change around it or another insertion at its place, not one at its edge', () => {
    const text = 'أب.جد'
    // Two insertions at one place.
    expect(
      voices(text, (f) => {
        message(f, 'spacing', 3, 3, [' '])
        message(f, 'artefact', 3, 3, ['، '])
      })
    ).toEqual(['artefact 3-3'])
    // An insertion inside a replaced span.
    expect(
      voices(text, (f) => {
        message(f, 'spacing', 3, 3, [' '])
        message(f, 'artefact', 2, 4, ['،د'])
      })
    ).toEqual(['artefact 2-4'])
    // An insertion right after a changed period: both stand.
    expect(
      voices(text, (f) => {
        message(f, 'spacing', 3, 3, [' '])
        message(f, 'artefact', 2, 3, ['،'])
      })
    ).toEqual(['spacing 3-3', 'artefact 2-3'])
  })

  it('never silences a message without advice, nor a rule’s own messages', () => {
    const text = 'جملة طويلة جدا بلا نهاية'
    expect(
      voices(text, (f) => {
        message(f, 'majority', 0, 24)
        message(f, 'spacing', 0, 24, [])
        message(f, 'artefact', 5, 10, ['قصيرة'])
        message(f, 'artefact', 5, 10, ['طويل'])
      })
    ).toEqual(['majority 0-24', 'spacing 0-24', 'artefact 5-10', 'artefact 5-10'])
  })

  it('lets a message stand when the rival that would silence it was itself silenced', () => {
    // fact collides with spacing, spacing with majority, but fact not with majority.
    const text = 'abcdefghij'
    expect(
      voices(text, (f) => {
        message(f, 'majority', 4, 7, ['x'])
        message(f, 'spacing', 2, 5, ['y'])
        message(f, 'fact', 0, 3, ['z'])
      })
    ).toEqual(['majority 4-7', 'fact 0-3'])
  })

  it('ranks rules by the documented precedence, unlisted ones by their kind', () => {
    expect(precedence('org-name-consistency')).toBeLessThan(precedence('spelling-consistency'))
    expect(precedence('hamza')).toBeLessThan(precedence('spelling-consistency'))
    expect(precedence('stray-period')).toBeLessThan(precedence('punctuation-spacing'))
    expect(precedence('duplicated-phrase')).toBeLessThan(precedence('hamza'))
    expect(precedence('punctuation-spacing')).toBeLessThan(precedence('whitespace'))
    expect(precedence('placeholder-mismatch')).toBeLessThan(precedence('org-name-consistency'))
    // Every rule has a rank, and no two rules share one.
    const ranked = rules.map((rule) => precedence(rule.id))
    expect(new Set(ranked).size).toBe(rules.length)
    // A bilingual rule not in the list still ranks among the bilingual ones.
    expect(PRECEDENCE.flat()).not.toContain('sentence-count')
    expect(precedence('sentence-count')).toBeLessThan(precedence('org-name-consistency'))
  })
})

describe('one voice with the real rules', () => {
  const all = preset('translint:all', [arabic])!
  const euText = 'قال الاتحاد الأوربي إن القرار نهائي.\nوأكد الاتحاد الأوروبي أن الأمر محسوم.\nوقال الاتحاد الأوربي إنه سيجتمع.\n'
  const advice = (messages: VFileMessage[]) => messages.filter((m) => m.expected?.length).map((m) => `${m.ruleId}: ${m.actual} → ${m.expected!.join(' | ')}`)

  it('org-name-consistency and spelling-consistency never give opposite advice', () => {
    // spelling-consistency leaves the names of known bodies to
    // org-name-consistency (rules/org-name-consistency.md, One voice), so even
    // without the filter the two rules agree; the filter has nothing to remove.
    const every = lintSync(euText, {rules: all, everyVoice: true}).messages
    expect(advice(every)).not.toContain('spelling-consistency: الأوروبي → الأوربي')
    const one = lintSync(euText, {rules: all}).messages
    expect(advice(one)).toEqual([
      'org-name-consistency: الاتحاد الأوربي → الاتحاد الأوروبي',
      'org-name-consistency: الاتحاد الأوربي → الاتحاد الأوروبي'
    ])
    expect(one.length).toBe(every.length)
  })

  it('a rule turned off for the file does not silence another rule', () => {
    const text = `# translint-disable-file org-name-consistency\n${euText}`
    const messages = lintFile({path: 'a.txt', value: text, rules: all, settings: {}}).messages
    expect(advice(messages)).toEqual(['spelling-consistency: الأوروبي → الأوربي'])
  })

  it('keeps the more specific of two fixes on one run of spaces', () => {
    const text = 'شاركت الأمانة  ، وقال و  يقوم بالعمل.\n'
    const every = lintSync(text, {rules: all, everyVoice: true}).messages
    expect(advice(every).filter((line) => line.startsWith('whitespace'))).toHaveLength(2)
    expect(advice(lintSync(text, {rules: all}).messages)).toEqual(['punctuation-spacing:    → ', 'detached-conjunction:    → '])
  })
})
