// The kinds of artefact the injector makes, one entry each: its level, the
// rules expected to report it (alternatives, as `a|b` in expected.jsonl), and
// where in a document it can go. Each kind lists every place in a document
// where it would make a real artefact; the injector picks among them.
// eval/taxonomy.md describes each kind and what it imitates.
import {organizations} from '../rules/data/organizations.ts'
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  NAME_HEADS,
  NAME_LINKS,
  RELATIVES,
  bare,
  isAdverbial,
  isArabic,
  isContentWord,
  isDefinite,
  isFeminine,
  isFunctionWord,
  isNisba,
  isOpener,
  isPreposition,
  isPrepositionWithPronoun,
  isRelationNoun,
  looksImperfectVerb,
  stem
} from './shapes.ts'
import type {Doc, Line, Sentence, Word} from './text.ts'

export type Level = 'easy' | 'medium' | 'hard'

/** One place where a kind can make its artefact: replace original [start, end) with `text`. */
export interface Site {
  start: number
  end: number
  text: string
  /** The span a finding must overlap or touch, relative to `start` in the injected text (may reach before it). */
  span: [number, number]
  /** The lines of the original the artefact occupies (kept apart from other artefacts). */
  lines: [number, number]
}

export interface Kind {
  id: string
  level: Level
  rules: string[]
  sites(doc: Doc, pick: <T>(items: T[]) => T): Site[]
}

export const ARTEFACT_RULES = ['stray-period', 'duplicated-phrase', 'truncated-sentence', 'mixed-script', 'org-name-consistency']

// ---------------------------------------------------------------- places

/** A line of running text: eight words or more, mostly Arabic, ending with a sentence mark. */
export function isProse(line: Line): boolean {
  if (line.index === 0 || line.words.length < 8) return false
  const arabic = line.words.filter((w) => isArabic(w.text)).length
  return arabic >= 0.8 * line.words.length && /[.!?؟…]["»”')\]]*\s*$/.test(line.text)
}

interface Gap {
  line: Line
  sentence: Sentence
  /** The boundary is between `words[i]` and `words[i + 1]` of the sentence. */
  i: number
  left: Word
  right: Word
  before?: Word
  after?: Word
}

/** Boundaries between two Arabic words inside a sentence of running text, with only a space between them. */
function innerGaps(doc: Doc, minBefore = 2, minAfter = 2): Gap[] {
  // Every kind asks for them: computed once per document and margins.
  let byMargins = gapCache.get(doc)
  if (!byMargins) gapCache.set(doc, (byMargins = new Map()))
  const key = `${minBefore}:${minAfter}`
  let gaps = byMargins.get(key)
  if (!gaps) byMargins.set(key, (gaps = findGaps(doc, minBefore, minAfter)))
  return gaps
}
const gapCache = new WeakMap<Doc, Map<string, Gap[]>>()

function findGaps(doc: Doc, minBefore: number, minAfter: number): Gap[] {
  const gaps: Gap[] = []
  for (const line of doc.lines) {
    if (!isProse(line)) continue
    for (const sentence of line.sentences) {
      const w = sentence.words
      for (let i = minBefore - 1; i + minAfter < w.length; i++) {
        if (doc.text.slice(w[i].end, w[i + 1].start) !== ' ') continue
        if (!isArabic(w[i].text) || !isArabic(w[i + 1].text)) continue
        gaps.push({line, sentence, i, left: w[i], right: w[i + 1], before: w[i - 1], after: w[i + 2]})
      }
    }
  }
  return gaps
}

const lineOf = (gap: Gap): [number, number] => [gap.line.index, gap.line.index]

/**
 * A period replacing the space of a gap: `رئيس. الوزراء`, or one time in five
 * with a space before it as wire copy writes its sentence ends (`رئيس . الوزراء`).
 */
function periodAt(gap: Gap, pick: <T>(items: T[]) => T): Site {
  const text = pick(['. ', '. ', '. ', '. ', ' . '])
  // The span runs from the end of the word before, so a finding on that word touches it either way.
  return {start: gap.left.end, end: gap.right.start, text, span: [0, text.indexOf('.') + 1], lines: lineOf(gap)}
}

/** A period there would be a real sentence end or a conjunction's clause: not an artefact. */
const opensSentence = (word: Word) => /^[وف]/.test(bare(word.text)) || isOpener(word.text)

// ---------------------------------------------------------------- stray-period

const periodDoubled: Kind = {
  id: 'period-doubled',
  level: 'easy',
  rules: ['stray-period'],
  sites(doc, pick) {
    const sites: Site[] = []
    for (const line of doc.lines) {
      if (!isProse(line)) continue
      for (const sentence of line.sentences) {
        if (sentence.mark !== '.' || sentence.words.length < 4) continue
        const at = sentence.end - 1
        if (doc.text[at - 1] === '.' || doc.text[at + 1] === '.') continue
        // After a space already there (wire copy writes `word .`), no second space.
        const spaced = doc.text[at - 1] === ' '
        const shape = pick(['. .', spaced ? '..' : ' ..', '،.', '. .', spaced ? '. .' : ' . .'])
        sites.push({start: at, end: at + 1, text: shape, span: [0, shape.length], lines: [line.index, line.index]})
      }
    }
    return sites
  }
}

const ellipsisGlued: Kind = {
  id: 'ellipsis-glued',
  level: 'easy',
  rules: ['stray-period'],
  sites(doc, pick) {
    return innerGaps(doc).map((gap) => {
      const dots = pick(['...', '..', '…'])
      return {start: gap.left.end, end: gap.right.start, text: ` ${dots}`, span: [1, 1 + dots.length], lines: lineOf(gap)}
    })
  }
}

const periodConstruct: Kind = {
  id: 'period-construct',
  level: 'medium',
  rules: ['stray-period'],
  sites(doc, pick) {
    // A noun in the construct state: indefinite in form, before a definite
    // complement, and either feminine (verbs never end in tā' marbūṭa) or right
    // after a preposition (`على رأس الوفد`, `في إطار التعاون`).
    return innerGaps(doc)
      .filter(({left, right, before}) => {
        if (!isContentWord(left.text) || isDefinite(left.text) || isAdverbial(left.text) || isNisba(left.text)) return false
        if (!isDefinite(right.text) || isNisba(right.text)) return false
        return isFeminine(left.text) || (before !== undefined && isPreposition(before.text))
      })
      .map((gap) => periodAt(gap, pick))
  }
}

const periodName: Kind = {
  id: 'period-name',
  level: 'medium',
  rules: ['stray-period'],
  sites(doc, pick) {
    // A period splitting a name: before `بن` (`سلمان. بن عبدالعزيز`) or after `عبد`, `أبو` (`عبد. الله`).
    return innerGaps(doc, 1, 1)
      .filter(({left, right}) => (NAME_LINKS.has(bare(right.text)) && isContentWord(left.text)) || (NAME_HEADS.has(bare(left.text)) && isDefinite(right.text)))
      .map((gap) => periodAt(gap, pick))
  }
}

const periodVerbObject: Kind = {
  id: 'period-verb-object',
  level: 'medium',
  rules: ['stray-period'],
  sites(doc, pick) {
    // A verb cut from its object: after the verb of a relative clause
    // (`التي تشمل. البرامج`), after an auxiliary (`بأنه تم. الاتفاق`) or after
    // the verb a particle introduces (`أن يتم. تنفيذ`).
    return innerGaps(doc)
      .filter(({left, right, before}) => {
        if (isFunctionWord(right.text) || opensSentence(right) || isPrepositionWithPronoun(right.text)) return false
        if (!isContentWord(right.text)) return false
        if (AUXILIARIES.has(bare(left.text))) return before !== undefined && !/[.،,]/.test(before.text)
        if (!before) return false
        const b = bare(before.text)
        return (RELATIVES.has(b) || CLAUSE_OPENERS.has(b)) && looksImperfectVerb(left.text)
      })
      .map((gap) => periodAt(gap, pick))
  }
}

const periodAdjective: Kind = {
  id: 'period-adjective',
  level: 'medium',
  rules: ['stray-period'],
  sites(doc, pick) {
    // The next "sentence" opens with an adjective that agrees with the noun
    // before the period: indefinite (`لأزمة. اقتصادية`) or definite (`البرلمان. الأوروبي`).
    return innerGaps(doc)
      .filter(({left, right}) => {
        if (!isContentWord(left.text) || isNisba(left.text) || !isNisba(right.text) || isAdverbial(left.text)) return false
        if (isDefinite(left.text) !== isDefinite(right.text)) return false
        if (!isDefinite(left.text) && isFeminine(left.text) !== /ية$/.test(bare(right.text))) return false
        return !looksImperfectVerb(left.text)
      })
      .map((gap) => periodAt(gap, pick))
  }
}

const periodPrepositionPronoun: Kind = {
  id: 'period-preposition-pronoun',
  level: 'medium',
  rules: ['stray-period'],
  sites(doc, pick) {
    // The next "sentence" opens with a preposition carrying a pronoun (`أتاح. لها`).
    return innerGaps(doc)
      .filter(({left, right}) => isPrepositionWithPronoun(right.text) && !/^[وف]/.test(bare(right.text)) && isContentWord(left.text))
      .map((gap) => periodAt(gap, pick))
  }
}

const periodRandom: Kind = {
  id: 'period-random',
  level: 'medium',
  rules: ['stray-period'],
  sites(doc, pick) {
    // Anywhere inside a sentence, at least two words from either end, unless
    // the word after it could open a sentence.
    return innerGaps(doc, 2, 3)
      .filter(({right}) => !opensSentence(right))
      .map((gap) => periodAt(gap, pick))
  }
}

const periodBeforeConjunct: Kind = {
  id: 'period-before-conjunct',
  level: 'hard',
  rules: ['stray-period'],
  sites(doc, pick) {
    // A period cutting a coordination of nouns: `الأمن. والاستقرار في المنطقة`.
    return innerGaps(doc)
      .filter(({left, right}) => isDefinite(left.text) && !isNisba(left.text) && /^وال/.test(bare(right.text)) && !isNisba(right.text))
      .map((gap) => periodAt(gap, pick))
  }
}

// ---------------------------------------------------------------- duplicated-phrase

/** Words that can be doubled to make an artefact (not numbers, adverbs, relation adjectives). */
function doublableWords(doc: Doc): Gap[] {
  return innerGaps(doc, 1, 1).filter(({left, before}) => {
    if (!isContentWord(left.text) || isAdverbial(left.text)) return false
    if (isNisba(left.text) && before && isRelationNoun(before.text)) return false
    return true
  })
}

const wordDoubled: Kind = {
  id: 'word-doubled',
  level: 'easy',
  rules: ['duplicated-phrase'],
  sites(doc) {
    return doublableWords(doc).map(({left, line}) => ({
      start: left.start,
      end: left.end,
      text: `${left.text} ${left.text}`,
      span: [0, 2 * left.text.length + 1],
      lines: [line.index, line.index]
    }))
  }
}

const wordDoubledWithAnd: Kind = {
  id: 'word-doubled-with-and',
  level: 'easy',
  rules: ['duplicated-phrase'],
  sites(doc) {
    // Not before a definite word: `الأطفال والأطفال الفلسطينيين` may mean
    // "children, and Palestinian children".
    return doublableWords(doc)
      .filter(({left, right}) => !/^[وف]/.test(bare(left.text)) && !(isDefinite(right.text) && !/^و/.test(bare(right.text))))
      .map(({left, line}) => ({
        start: left.start,
        end: left.end,
        text: `${left.text} و${left.text}`,
        span: [0, 2 * left.text.length + 2],
        lines: [line.index, line.index]
      }))
  }
}

/** Runs of n words inside a sentence, separated by single spaces, with a content word among them. */
function phrases(doc: Doc, n: number): {words: Word[]; line: Line; sentence: Sentence; i: number}[] {
  const found: {words: Word[]; line: Line; sentence: Sentence; i: number}[] = []
  for (const line of doc.lines) {
    if (!isProse(line)) continue
    for (const sentence of line.sentences) {
      const w = sentence.words
      for (let i = 0; i + n <= w.length; i++) {
        const run = w.slice(i, i + n)
        if (!run.every((x) => isArabic(x.text))) continue
        if (run.some((x, k) => k > 0 && doc.text.slice(run[k - 1].end, x.start) !== ' ')) continue
        // A content word among them, and no name link (`عواد بن عواد بن` reads as a name).
        if (!run.some((x) => isContentWord(x.text)) || run.some((x) => NAME_LINKS.has(bare(x.text)))) continue
        found.push({words: run, line, sentence, i})
      }
    }
  }
  return found
}

const phraseRepeated: Kind = {
  id: 'phrase-repeated',
  level: 'easy',
  rules: ['duplicated-phrase'],
  sites(doc, pick) {
    const n = pick([2, 3])
    return phrases(doc, n).map(({words, line}) => {
      const phrase = doc.text.slice(words[0].start, words[n - 1].end)
      return {start: words[0].start, end: words[n - 1].end, text: `${phrase} ${phrase}`, span: [0, 2 * phrase.length + 1], lines: [line.index, line.index]}
    })
  }
}

const phraseRepeatedWithAnd: Kind = {
  id: 'phrase-repeated-with-and',
  level: 'medium',
  rules: ['duplicated-phrase'],
  sites(doc) {
    return phrases(doc, 2)
      .filter(({words}) => words.every((w) => isContentWord(w.text)) && !/^[وف]/.test(bare(words[0].text)))
      .map(({words, line}) => {
        const phrase = doc.text.slice(words[0].start, words[1].end)
        return {start: words[0].start, end: words[1].end, text: `${phrase} و${phrase}`, span: [0, 2 * phrase.length + 2], lines: [line.index, line.index]}
      })
  }
}

const lineRepeated: Kind = {
  id: 'line-repeated',
  level: 'easy',
  rules: ['duplicated-phrase'],
  sites(doc) {
    return doc.lines
      .filter(isProse)
      .map((line) => ({start: line.end, end: line.end, text: `\n${line.text}`, span: [1, 1 + line.text.length], lines: [line.index, line.index + 1]}))
  }
}

const paragraphRepeatedLater: Kind = {
  id: 'paragraph-repeated-later',
  level: 'medium',
  rules: ['duplicated-phrase'],
  sites(doc, pick) {
    const prose = doc.lines.filter(isProse)
    const sites: Site[] = []
    for (const line of prose) {
      if (line.words.length < 12) continue
      const later = prose.filter((other) => other.index >= line.index + 2)
      if (!later.length) continue
      const target = pick(later)
      sites.push({start: target.end, end: target.end, text: `\n${line.text}`, span: [1, 1 + line.text.length], lines: [line.index, target.index + 1]})
    }
    return sites
  }
}

const titleRepeated: Kind = {
  id: 'title-repeated',
  level: 'easy',
  rules: ['duplicated-phrase', 'boilerplate'],
  sites(doc, pick) {
    const title = doc.lines[0]
    if (!title || title.words.length < 3 || title.words.length > 25 || /[.!?؟]\s*$/.test(title.text) || doc.lines.length < 3) return []
    // The copy right under the title, or after the blank line that follows it.
    const afterBlank = doc.lines[1].text.trim() === '' && pick([true, false])
    const at = afterBlank ? doc.lines[1].end : title.end
    return [{start: at, end: at, text: `\n${title.text}`, span: [1, 1 + title.text.length], lines: [0, afterBlank ? 2 : 1]}]
  }
}

const sentenceRepeated: Kind = {
  id: 'sentence-repeated',
  level: 'easy',
  rules: ['duplicated-phrase'],
  sites(doc) {
    const sites: Site[] = []
    for (const line of doc.lines) {
      if (!isProse(line) || line.sentences.length < 2) continue
      for (const sentence of line.sentences) {
        if (sentence.words.length < 5 || !sentence.mark) continue
        const first = sentence.words[0].start
        // The sentence's own text from its first word to its mark, said again after it.
        const own = doc.text.slice(first, sentence.end)
        sites.push({start: sentence.end, end: sentence.end, text: ` ${own}`, span: [1, 1 + own.length], lines: [line.index, line.index]})
      }
    }
    return sites
  }
}

const echoAcrossPeriod: Kind = {
  id: 'echo-across-period',
  level: 'medium',
  rules: ['stray-period', 'duplicated-phrase'],
  sites(doc) {
    // `وأمن منطقة الساحل` → `وأمن المنطقة. منطقة الساحل`: the head of a
    // construct phrase said with the article, a period, then the phrase.
    return innerGaps(doc)
      .filter(({left, right}) => isContentWord(left.text) && isContentWord(right.text) && !isDefinite(right.text) && !/^[وفبلك]/.test(bare(right.text)) && bare(right.text).length >= 4)
      .filter(({sentence, i, line}) => {
        const next = sentence.words[i + 2]
        return next !== undefined && isDefinite(next.text) && line.index > 0
      })
      .map((gap) => {
        const echo = `ال${gap.right.text}. `
        return {start: gap.right.start, end: gap.right.start, text: echo, span: [0, echo.length + gap.right.text.length], lines: lineOf(gap)}
      })
  }
}

const sentenceEndEcho: Kind = {
  id: 'sentence-end-echo',
  level: 'medium',
  rules: ['duplicated-phrase'],
  sites(doc) {
    // The last two words of a sentence said again at the start of the next one.
    const sites: Site[] = []
    for (const line of doc.lines) {
      if (!isProse(line)) continue
      for (let s = 0; s + 1 < line.sentences.length; s++) {
        const {words, mark} = line.sentences[s]
        const next = line.sentences[s + 1].words[0]
        if (mark !== '.' || words.length < 5 || !next || !isArabic(next.text)) continue
        const tail = words.slice(-2)
        if (doc.text.slice(tail[1].end, next.start) !== '. ') continue
        if (!tail.every((w) => isContentWord(w.text)) || doc.text.slice(tail[0].end, tail[1].start) !== ' ') continue
        const phrase = doc.text.slice(tail[0].start, tail[1].end)
        // The span takes in the period before the echo: a finding there sees the same artefact.
        sites.push({start: next.start, end: next.start, text: `${phrase} `, span: [-2, phrase.length], lines: [line.index, line.index]})
      }
    }
    return sites
  }
}

// ---------------------------------------------------------------- truncated-sentence

/** Places to stop a line inside its last sentence: after word j, at least three words from either end. */
function cutPoints(doc: Doc, line: Line, pick: <T>(items: T[]) => T): {at: number; last: Word} | undefined {
  const sentence = line.sentences[line.sentences.length - 1]
  const w = sentence.words
  if (w.length < 7) return undefined
  const j = pick(Array.from({length: w.length - 6}, (_, k) => k + 3))
  if (doc.text.slice(w[j].end, w[j + 1].start) !== ' ' || !isArabic(w[j].text)) return undefined
  return {at: w[j].end, last: w[j]}
}

const documentCut: Kind = {
  id: 'document-cut',
  level: 'easy',
  rules: ['truncated-sentence'],
  sites(doc, pick) {
    // The document stops in the middle of a sentence (a scraper's character
    // limit, a dropped segment): everything after the cut is gone, sometimes
    // in the middle of a word.
    const prose = doc.lines.filter(isProse)
    const sites: Site[] = []
    for (const line of prose) {
      if (line.index < doc.lines.length / 2 || prose.filter((p) => p.index < line.index).length < 2) continue
      const cut = cutPoints(doc, line, pick)
      if (!cut) continue
      const next = doc.text.slice(cut.at + 1).match(/^[\p{L}\p{M}]+/u)?.[0]
      // In a third of the cases the cut falls inside the next word.
      const partial = next && next.length >= 5 && pick([false, false, true]) ? ' ' + next.slice(0, pick([2, 3, next.length - 2])) : ''
      sites.push({
        start: cut.at,
        end: doc.text.length,
        text: partial,
        span: [-cut.last.text.length, partial.length],
        lines: [line.index, doc.lines.length - 1]
      })
    }
    return sites
  }
}

const paragraphCut: Kind = {
  id: 'paragraph-cut',
  level: 'medium',
  rules: ['truncated-sentence'],
  sites(doc, pick) {
    // A paragraph in the middle of a document stops in mid-sentence; the
    // paragraphs after it are whole.
    const prose = doc.lines.filter(isProse)
    const sites: Site[] = []
    for (const line of prose.slice(1, -1)) {
      if (line.sentences.length < 2) continue
      const cut = cutPoints(doc, line, pick)
      if (cut) sites.push({start: cut.at, end: line.end, text: '', span: [-cut.last.text.length, 0], lines: [line.index, line.index]})
    }
    return sites
  }
}

const sentenceCutAtParticle: Kind = {
  id: 'sentence-cut-at-particle',
  level: 'medium',
  rules: ['truncated-sentence', 'stray-period'],
  sites(doc) {
    // A sentence that ends on a preposition (`أكد حرصه على.`), the rest of the
    // paragraph following it.
    const sites: Site[] = []
    for (const line of doc.lines) {
      if (!isProse(line)) continue
      for (const sentence of line.sentences.slice(0, -1)) {
        const w = sentence.words
        if (sentence.mark !== '.') continue
        for (let p = 2; p + 3 <= w.length - 1; p++) {
          if (!isPreposition(w[p].text) || doc.text.slice(w[p - 1].end, w[p].start) !== ' ') continue
          sites.push({start: w[p].end, end: sentence.end - 1, text: '', span: [-w[p].text.length, 1], lines: [line.index, line.index]})
        }
      }
    }
    return sites
  }
}

const phraseCut: Kind = {
  id: 'phrase-cut',
  level: 'hard',
  rules: ['truncated-sentence', 'stray-period'],
  sites(doc) {
    // A sentence that ends on a noun in the construct state, its complement
    // and the rest of the sentence dropped (`على رأس.`).
    const sites: Site[] = []
    for (const line of doc.lines) {
      if (!isProse(line)) continue
      for (const sentence of line.sentences.slice(0, -1)) {
        const w = sentence.words
        if (sentence.mark !== '.') continue
        for (let k = 3; k + 2 < w.length; k++) {
          if (!isContentWord(w[k].text) || isDefinite(w[k].text) || isAdverbial(w[k].text) || isNisba(w[k].text) || looksImperfectVerb(w[k].text)) continue
          if (!isDefinite(w[k + 1].text) || !(isFeminine(w[k].text) || isPreposition(w[k - 1].text))) continue
          sites.push({start: w[k].end, end: sentence.end - 1, text: '', span: [-w[k].text.length, 1], lines: [line.index, line.index]})
        }
      }
    }
    return sites
  }
}

// ---------------------------------------------------------------- mixed-script

// English words machine translation leaves untranslated, for Arabic nouns of
// news text (matched on the word's stem, so `والتنمية` finds `تنمية`).
const GLOSSES: Record<string, string[]> = {
  خدمة: ['service', 'delivery'], خدمات: ['services'], تنمية: ['development'], أمن: ['security'], حكومة: ['government'],
  اقتصاد: ['economy'], استثمار: ['investment'], استثمارات: ['investments'], مشروع: ['project'], مشاريع: ['projects'],
  برنامج: ['program'], اتفاقية: ['agreement'], مفاوضات: ['negotiations', 'talks'], انتخابات: ['elections'], طاقة: ['energy'],
  صحة: ['health', 'healthcare'], تعليم: ['education'], سياحة: ['tourism'], شركة: ['company'], سوق: ['market'],
  أسعار: ['prices'], نفط: ['oil'], اجتماع: ['meeting'], قمة: ['summit'], مؤتمر: ['conference'], عقوبات: ['sanctions'],
  لاجئين: ['refugees'], هجوم: ['attack'], جيش: ['army'], شرطة: ['police'], محكمة: ['court'], قانون: ['law'],
  دستور: ['constitution'], برلمان: ['parliament'], ميزانية: ['budget'], تكنولوجيا: ['technology'], إصلاحات: ['reforms'],
  استراتيجية: ['strategy'], شراكة: ['partnership'], مساعدات: ['aid', 'assistance'], أزمة: ['crisis'], حدود: ['borders'],
  سلام: ['peace'], حوار: ['dialogue'], تعاون: ['cooperation'], مبادرة: ['initiative'], خطة: ['plan', 'roadmap'],
  تقرير: ['report'], بيان: ['statement'], مواطنين: ['citizens'], قطاع: ['sector'], تدريب: ['training'],
  بنية: ['infrastructure'], منطقة: ['region', 'area'], وزير: ['minister'], رئيس: ['president'], دعم: ['support'],
  جهود: ['efforts'], قرار: ['decision'], سياسة: ['policy'], مستوى: ['level'], شباب: ['youth'], نمو: ['growth']
}
const LATIN_PHRASES = ['in order to', 'as well as', 'more flexible', 'on the other hand', 'according to the', 'in terms of', 'at the same time', 'take into account', 'the so-called', 'further details']
const LATIN_LINES = [
  'Read more', 'Read More', 'read more »', 'Share this article', 'Share on Facebook', 'Share on Twitter', 'Tweet',
  'We use cookies to improve your experience on our website. Accept', 'Accept all cookies', 'Cookie settings',
  'Home | News | Politics | Contact us', 'Skip to main content', 'Click here to subscribe to our newsletter',
  'Follow us on Twitter', 'Advertisement', 'Sign in', 'Related articles', 'Next article', 'Previous article',
  'Print this page', 'All rights reserved', 'Loading...', 'Back to top', 'English version'
]
const ARABIC_FURNITURE = ['شارك هذا المقال', 'شارك على فيسبوك تويتر واتساب', 'طباعة', 'أرسل لصديق', 'تابعونا على تويتر', 'جميع الحقوق محفوظة', 'للمزيد: اضغط هنا', 'إعلان', 'المزيد من الأخبار', 'اشترك في النشرة البريدية']
const FOREIGN_WORDS = ['понедельник', 'вторник', 'заявил', 'правительство', 'και', 'σύμφωνα', 'Ελλάδα']

/** Places after a noun that has a gloss: the gap after it, with the English word. */
function glossed(doc: Doc): {gap: Gap; english: string[]}[] {
  return innerGaps(doc, 1, 1)
    .map((gap) => ({gap, english: GLOSSES[stem(gap.left.text)] ?? GLOSSES[bare(gap.left.text)]}))
    .filter((x): x is {gap: Gap; english: string[]} => x.english !== undefined)
}

/** Insert a line between two lines of running text. */
function betweenParagraphs(doc: Doc, make: () => string): Site[] {
  const sites: Site[] = []
  for (const line of doc.lines) {
    const next = doc.lines[line.index + 1]
    if (!isProse(line) || !next || !(isProse(next) || (next.text.trim() === '' && doc.lines[line.index + 2] && isProse(doc.lines[line.index + 2])))) continue
    const inserted = make()
    sites.push({start: line.end, end: line.end, text: `\n${inserted}`, span: [1, 1 + inserted.length], lines: [line.index, line.index + 1]})
  }
  return sites
}

const latinWord: Kind = {
  id: 'latin-word',
  level: 'medium',
  rules: ['mixed-script'],
  sites(doc, pick) {
    // An English word left after the Arabic noun it translates (`الخدمة
    // delivery`), or in its place (`تعزيز development المستدامة`).
    return glossed(doc).map(({gap, english}) => {
      const word = pick(english)
      if (isDefinite(gap.left.text) && bare(gap.left.text).startsWith('ال') && pick([true, false])) {
        return {start: gap.left.start, end: gap.left.end, text: word, span: [0, word.length], lines: lineOf(gap)}
      }
      return {start: gap.left.end, end: gap.left.end, text: ` ${word}`, span: [1, 1 + word.length], lines: lineOf(gap)}
    })
  }
}

// Nouns that introduce a name in edited text (`شركة change`, `منصة X`): with
// the article they no longer introduce one, and an English word after them is
// an untranslated word (`الخدمة delivery`).
const NAMING_NOUNS = new Set('خدمة شركة منصة موقع تطبيق برنامج مشروع مبادرة حملة نظام جهاز مركز'.split(' '))
const GENERIC_ENGLISH = ['delivery', 'platform', 'framework', 'support', 'network', 'system', 'update', 'solution', 'service', 'tool', 'program', 'campaign']

const latinAfterNamingNoun: Kind = {
  id: 'latin-after-naming-noun',
  level: 'medium',
  rules: ['mixed-script'],
  sites(doc, pick) {
    return innerGaps(doc, 1, 1)
      .filter(({left}) => isDefinite(left.text) && NAMING_NOUNS.has(stem(left.text)))
      .map((gap) => {
        const word = pick([...(GLOSSES[stem(gap.left.text)] ?? []), ...GENERIC_ENGLISH])
        return {start: gap.left.end, end: gap.left.end, text: ` ${word}`, span: [1, 1 + word.length], lines: lineOf(gap)}
      })
  }
}

const latinGlued: Kind = {
  id: 'latin-glued',
  level: 'medium',
  rules: ['mixed-script'],
  sites(doc, pick) {
    // The English word glued to the Arabic one (a space lost in copy).
    return glossed(doc).map(({gap, english}) => {
      const word = pick(english)
      return {start: gap.left.end, end: gap.left.end, text: word, span: [-gap.left.text.length, word.length], lines: lineOf(gap)}
    })
  }
}

const latinPhrase: Kind = {
  id: 'latin-phrase',
  level: 'easy',
  rules: ['mixed-script'],
  sites(doc, pick) {
    return innerGaps(doc).map((gap) => {
      const phrase = pick(LATIN_PHRASES)
      return {start: gap.left.end, end: gap.left.end, text: ` ${phrase}`, span: [1, 1 + phrase.length], lines: lineOf(gap)}
    })
  }
}

const latinFurnitureLine: Kind = {
  id: 'latin-furniture-line',
  level: 'easy',
  rules: ['mixed-script', 'boilerplate'],
  sites(doc, pick) {
    return betweenParagraphs(doc, () => pick(LATIN_LINES))
  }
}

const arabicFurnitureLine: Kind = {
  id: 'arabic-furniture-line',
  level: 'easy',
  rules: ['boilerplate'],
  sites(doc, pick) {
    const title = doc.lines[0]?.text.trim()
    return betweenParagraphs(doc, () => (title && pick([true, false]) ? `${pick(['اقرأ أيضا:', 'اقرأ أيضاً:', 'اقرأ المزيد:', 'مواضيع ذات صلة:'])} ${title}` : pick(ARABIC_FURNITURE)))
  }
}

const persianLetters: Kind = {
  id: 'persian-letters',
  level: 'easy',
  rules: ['mixed-script'],
  sites(doc) {
    // Keyboard lookalikes: `ک` for `ك`, `ی` for `ي`.
    return innerGaps(doc, 1, 1)
      .filter(({left}) => isContentWord(left.text) && /[كي]/.test(left.text))
      .map((gap) => {
        const word = gap.left.text.includes('ك') ? gap.left.text.replaceAll('ك', 'ک') : gap.left.text.replaceAll('ي', 'ی')
        return {start: gap.left.start, end: gap.left.end, text: word, span: [0, word.length], lines: lineOf(gap)}
      })
  }
}

const htmlEntity: Kind = {
  id: 'html-entity',
  level: 'easy',
  rules: ['mixed-script'],
  sites(doc, pick) {
    // Markup left in scraped text: a quotation mark or a space as a character reference.
    const sites: Site[] = []
    for (const line of doc.lines.filter(isProse)) {
      for (const m of line.text.matchAll(/"/g)) sites.push({start: line.start + m.index, end: line.start + m.index + 1, text: '&quot;', span: [0, 6], lines: [line.index, line.index]})
    }
    for (const gap of innerGaps(doc)) {
      const ref = pick(['&nbsp;', '&amp;nbsp;', '&#160;'])
      sites.push({start: gap.left.end, end: gap.right.start, text: ref, span: [0, ref.length], lines: lineOf(gap)})
    }
    return sites
  }
}

const foreignScriptWord: Kind = {
  id: 'foreign-script-word',
  level: 'easy',
  rules: ['mixed-script'],
  sites(doc, pick) {
    return innerGaps(doc).map((gap) => {
      const word = pick(FOREIGN_WORDS)
      return {start: gap.left.end, end: gap.left.end, text: ` ${word}`, span: [1, 1 + word.length], lines: lineOf(gap)}
    })
  }
}

// ---------------------------------------------------------------- org-name-consistency

// One word of a body's name swapped for a word a translation could choose
// (office/organisation, world/international, programme/fund, league/association…).
const SWAPS: Record<string, string[]> = {
  العالمية: ['الدولية'], العالمي: ['الدولي'], الدولية: ['العالمية'], الدولي: ['العالمي'],
  منظمة: ['مكتب', 'هيئة'], مكتب: ['منظمة', 'هيئة'], برنامج: ['صندوق'], صندوق: ['برنامج'], وكالة: ['هيئة', 'منظمة'],
  هيئة: ['وكالة', 'منظمة'], مفوضية: ['لجنة'], اللجنة: ['الهيئة'], جامعة: ['رابطة'], حلف: ['منظمة'],
  الإنمائي: ['للتنمية'], للطفولة: ['للأطفال'], الذرية: ['النووية'], الجنائية: ['الجزائية'], للهجرة: ['للمهاجرين'],
  الأغذية: ['الغذاء'], السامية: ['العليا'], الاستئماني: ['الائتماني'], لإغاثة: ['للإغاثة'], العامة: ['العمومية'],
  للبيئة: ['البيئي'], الوطنية: ['القومية'], العليا: ['الأعلى'], للتنمية: ['الإنمائي'], الأطلسي: ['الأطلنطي']
}
// Another spelling of a loan word, or a hamza dropped from it.
const RESPELLINGS: Record<string, string> = {
  الأوروبي: 'الأوربي', الأطلسي: 'الأطلنطي', الإنتربول: 'الانتربول', الأونروا: 'الاونروا', اليونيسف: 'اليونيسيف',
  اليونسكو: 'اليونيسكو', لشؤون: 'لشئون', الأوروبية: 'الأوربية', الإسلامي: 'الاسلامي', الأمريكية: 'الأميركية'
}
// Former names of renamed bodies, by the body's id in rules/data/organizations.ts.
const OLD_NAMES: Record<string, string> = {
  oic: 'منظمة المؤتمر الإسلامي',
  au: 'منظمة الوحدة الأفريقية',
  eu: 'المجموعة الأوروبية',
  unodc: 'مكتب الأمم المتحدة لمراقبة المخدرات ومنع الجريمة',
  'un-women': 'صندوق الأمم المتحدة الإنمائي للمرأة'
}
const BODY_HEADS = new Set('وزارة هيئة مجلس منظمة لجنة جامعة مكتب برنامج صندوق وكالة اتحاد بنك محكمة مفوضية مؤسسة مركز جمعية'.split(' '))

interface Mention {
  start: number
  end: number
  /** The name as written, its first word with its proclitics. */
  text: string
  line: number
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Where `name` is written in the document, its first word allowed proclitics (`وللاتحاد`, `بمنظمة`). */
function mentions(doc: Doc, name: string): Mention[] {
  const [first, ...rest] = name.split(' ')
  const head = first.startsWith('ال') ? `(?:[وف]?[بك]?${escape(first)}|[وف]?لل${escape(first.slice(2))})` : `[وف]?[بلك]?${escape(first)}`
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${head}${rest.map((w) => ' ' + escape(w)).join('')}(?![\\p{L}\\p{M}])`, 'gu')
  const found: Mention[] = []
  for (const line of doc.lines) {
    if (line.index === 0) continue
    for (const m of line.text.matchAll(pattern)) found.push({start: line.start + m.index, end: line.start + m.index + m[0].length, text: m[0], line: line.index})
  }
  return found
}

/** The proclitics written before a mention's first word (`و`, `ب`, `ل` of `لل`…). */
function cliticsOf(mention: Mention, name: string): string {
  const first = mention.text.split(' ')[0]
  const head = name.split(' ')[0]
  const folded = head.startsWith('ال') && first.endsWith('ل' + head.slice(2)) && !first.endsWith(head)
  return folded ? first.slice(0, first.length - head.length + 1) : first.slice(0, first.length - head.length)
}

/** Write `by` after the clitics, folding `ل` + `ال` into `لل` as Arabic does. */
const withClitics = (clitics: string, by: string) => (clitics.endsWith('ل') && by.startsWith('ال') ? clitics + by.slice(1) : clitics + by)

/** Replace one word of a mention (the first keeps its proclitics). */
function replaceWord(mention: Mention, index: number, by: string, name: string): string {
  const words = mention.text.split(' ')
  words[index] = index > 0 ? by : withClitics(cliticsOf(mention, name), by)
  return words.join(' ')
}

/** A body's mention to change, when the document also writes the body's name right elsewhere. */
function laterMentions(doc: Doc, name: string): Mention[] {
  const all = mentions(doc, name)
  return all.length >= 2 ? all.slice(1) : []
}

function mentionSite(mention: Mention, text: string): Site {
  return {start: mention.start, end: mention.end, text, span: [0, text.length], lines: [mention.line, mention.line]}
}

const knownNames = organizations.flatMap((o) => [o.canonical, ...o.accepted].map((name) => ({id: o.id, name})))

const orgWordSwapped: Kind = {
  id: 'org-word-swapped',
  level: 'medium',
  rules: ['org-name-consistency'],
  sites(doc, pick) {
    const sites: Site[] = []
    for (const {name} of knownNames) {
      const words = name.split(' ')
      const swappable = words.map((w, i) => [w, i] as const).filter(([w]) => SWAPS[w])
      if (!swappable.length || words.length < 2) continue
      for (const mention of laterMentions(doc, name)) {
        const [word, i] = pick(swappable)
        sites.push(mentionSite(mention, replaceWord(mention, i, pick(SWAPS[word]), name)))
      }
    }
    return sites
  }
}

const orgRespelled: Kind = {
  id: 'org-respelled',
  level: 'medium',
  rules: ['org-name-consistency'],
  sites(doc) {
    const sites: Site[] = []
    for (const {name} of knownNames) {
      const words = name.split(' ')
      const i = words.findIndex((w) => RESPELLINGS[w])
      if (i === -1) continue
      for (const mention of laterMentions(doc, name)) sites.push(mentionSite(mention, replaceWord(mention, i, RESPELLINGS[words[i]], name)))
    }
    return sites
  }
}

const orgOldName: Kind = {
  id: 'org-old-name',
  level: 'medium',
  rules: ['org-name-consistency'],
  sites(doc) {
    const sites: Site[] = []
    for (const {id, name} of knownNames) {
      const old = OLD_NAMES[id]
      if (!old) continue
      for (const mention of laterMentions(doc, name)) {
        sites.push(mentionSite(mention, withClitics(cliticsOf(mention, name), old)))
      }
    }
    return sites
  }
}

const orgUnlistedSwapped: Kind = {
  id: 'org-unlisted-swapped',
  level: 'hard',
  rules: ['org-name-consistency'],
  sites(doc, pick) {
    // A body no list knows, named two ways: a head noun (`هيئة`, `مجلس`…) and
    // its chain of words, written the same way twice, one copy with a word swapped.
    const isKnown = (name: string) => knownNames.some((k) => k.name.startsWith(name) || name.startsWith(k.name))
    const sites: Site[] = []
    const seen = new Set<string>()
    for (const line of doc.lines) {
      if (line.index === 0) continue
      const w = line.words
      for (let i = 0; i + 2 < w.length; i++) {
        if (!BODY_HEADS.has(stem(w[i].text))) continue
        for (const n of [4, 3]) {
          const run = w.slice(i, i + n)
          if (run.length < n || !run.every((x) => isArabic(x.text))) continue
          if (run.some((x, k) => k > 0 && doc.text.slice(run[k - 1].end, x.start) !== ' ')) continue
          const name = [bare(run[0].text).replace(/^[وف]?[بلك]?/, ''), ...run.slice(1).map((x) => x.text)].join(' ')
          const swappable = run.map((x, k) => [x.text, k] as const).filter(([x, k]) => k > 0 && SWAPS[x])
          if (seen.has(name) || isKnown(name) || !swappable.length) continue
          seen.add(name)
          const later = laterMentions(doc, name)
          if (!later.length) continue
          const mention = pick(later)
          const [word, k] = pick(swappable)
          sites.push(mentionSite(mention, replaceWord(mention, k, pick(SWAPS[word]), name)))
          break
        }
      }
    }
    return sites
  }
}

export const KINDS: Kind[] = [
  periodDoubled,
  ellipsisGlued,
  periodConstruct,
  periodName,
  periodVerbObject,
  periodAdjective,
  periodPrepositionPronoun,
  periodRandom,
  periodBeforeConjunct,
  wordDoubled,
  wordDoubledWithAnd,
  phraseRepeated,
  lineRepeated,
  titleRepeated,
  sentenceRepeated,
  phraseRepeatedWithAnd,
  paragraphRepeatedLater,
  echoAcrossPeriod,
  sentenceEndEcho,
  documentCut,
  paragraphCut,
  sentenceCutAtParticle,
  phraseCut,
  latinWord,
  latinAfterNamingNoun,
  latinGlued,
  latinPhrase,
  latinFurnitureLine,
  arabicFurnitureLine,
  persianLetters,
  htmlEntity,
  foreignScriptWord,
  orgWordSwapped,
  orgRespelled,
  orgOldName,
  orgUnlistedSwapped
]

