import {defineRule} from '../src/engine/define-rule.ts'
import type {Localized, PlaceholderValue} from '../src/engine/locale.ts'
import {getDocument, isHeadingLike, type SentenceInfo, type WordInfo} from '../src/engine/document.ts'
import type {RuleContext} from '../src/engine/types.ts'
import {normalize} from '../src/language/arabic.ts'
import {isIgnoredCode} from '../src/language/lexicon.ts'
import type {Organization} from '../src/language/organizations.ts'
import {claimNames, type NameClaim} from '../src/language/name-claims.ts'
import {analyze, articleEnd, CONJ, PREP, type NameWord} from '../src/language/name-words.ts'
import {BUILT_IN_WORDS} from './data/organization-words.precomputed.ts'
import {organizations as builtIn} from './data/organizations.ts'

// One body, one name per document. Names are compared as sequences of tokens
// with clitics and the article stripped (`ومكتب` = `مكتب`, `للأمم` = `الأمم`),
// on the normalised key, with the spelling kept aside (hamza, yā', tā'
// marbūṭa) to tell a spelling slip from the same word.

// ---------------------------------------------------------------------------
// Word classes (normalised cores: no article, no clitics)

/** Nouns that open an organisation name: the name is this head and its construct/adjective chain. */
const HEADS = new Set(
  [
    'مكتب', 'منظمة', 'برنامج', 'صندوق', 'مفوضية', 'وكالة', 'هيئة', 'جامعة', 'مجلس', 'اتحاد', 'لجنة', 'محكمة',
    'بنك', 'مركز', 'وزارة', 'بعثة', 'جمعية', 'مديرية', 'حلف', 'مؤسسة', 'برلمان', 'منتدى', 'معهد', 'رابطة'
  ].map((w) => normalize(w))
)

/**
 * Heads that translation swaps for one another in a known body's name:
 * office, organisation, agency, body, commission and committee render each
 * other's English, as do fund and programme; a league is a `جامعة` or a
 * `رابطة`; an alliance, a `حلف` or an organisation. A council, a court or a
 * ministry is never one of these: the same words after another of them name
 * another body (`مجلس حقوق الإنسان`, `مفوضية حقوق الإنسان`), and neither is a
 * programme an agency (`برنامج الطاقة الذرية`).
 */
const HEAD_SYNONYMS = [
  ['مكتب', 'منظمة', 'هيئة', 'وكالة', 'مفوضية', 'لجنة', 'مؤسسة'],
  ['صندوق', 'برنامج'],
  ['صندوق', 'منظمة'],
  ['جامعة', 'رابطة'],
  ['حلف', 'منظمة', 'تحالف'],
  ['اتفاق', 'اتفاقية', 'ميثاق'],
  ['بعثة', 'مهمة']
]

/**
 * Words with the same meaning inside a name: one replacing the other is a
 * near-miss of a known body. The general classes hold for any name; the rest
 * only against a listed name (`الطاقة النووية` is no slip in a description).
 */
const GENERAL_SYNONYMS = [
  ['دولي', 'عالمي'],
  ['دولية', 'عالمية'],
  ['سامية', 'عليا', 'أعلى'],
  ['سامي', 'أعلى'],
  ['عامة', 'عمومية'],
  ['وطنية', 'قومية'],
  ['وطني', 'قومي']
]
const LISTED_SYNONYMS = [
  ['معني', 'مكافحة', 'شؤون', 'مواجهة', 'تابع'],
  ['معنية', 'تابعة'],
  ['أغذية', 'غذاء'],
  ['علم', 'علوم'],
  ['تربية', 'تعليم'],
  ['طفولة', 'أطفال', 'طفل'],
  ['إنمائي', 'تنموي', 'تنمية'],
  ['ذرية', 'نووية'],
  ['جنائية', 'جزائية', 'إجرامية'],
  ['هجرة', 'مهاجرين'],
  ['استئماني', 'ائتماني'],
  ['دول', 'بلدان'],
  ['أدنى', 'أوسط'],
  ['أطلسي', 'أطلنطي'],
  ['نقد', 'عملة', 'مال'],
  ['شرطة', 'بوليس'],
  ['لاجئين', 'لاجئون'],
  ['مخدرات', 'عقاقير'],
  ['استخبارات', 'مخابرات'],
  ['نفط', 'بترول']
]
/** Words that a near-miss may drop or add without naming another body. */
const LIGHT = new Set(
  ['دولي', 'دولية', 'عالمي', 'عالمية', 'معني', 'معنية', 'تابع', 'تابعة', 'جهود', 'شؤون', 'سامي', 'سامية'].map((w) => normalize(w))
)

const MINISTRY = normalize('وزارة')

/** Heads that name a part of a body before its name (its office, centre, mission). */
const PART_HEADS = new Set(['مكتب', 'مركز', 'بعثة'].map((w) => normalize(w)))

/** Adjectives after which a `بـ` complement still belongs to the name (`المعني بالمخدرات`). */
const BA_FRAME = new Set(['معني', 'معنية', 'خاص', 'خاصة', 'مختص', 'مختصة', 'مكلف', 'مكلفة'].map((w) => normalize(w)))

/** Words that end a name: particles, prepositions, pronouns, time words. */
const STOP = new Set(
  [
    'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'بين', 'لدى', 'حول', 'خلال', 'منذ', 'بعد', 'قبل', 'عند', 'نحو', 'ضد',
    'عبر', 'حتى', 'أو', 'ثم', 'لمدة', 'مدة', 'لفترة', 'فترة', 'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء',
    'الأربعاء', 'الخميس', 'الجمعة', 'و', 'أن', 'إن', 'ان', 'أنه', 'إنه', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللتان',
    'اللذان', 'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'كما', 'لا', 'لم', 'لن', 'قد', 'ما', 'له', 'لها', 'لهم', 'لهما', 'لنا',
    'لك', 'لكم', 'لي', 'لكن', 'لأن', 'لدي', 'اليوم', 'أمس', 'غدا', 'الأسبوع', 'الشهر', 'الماضي', 'الماضية', 'المقبل',
    'المقبلة', 'الحالي', 'الحالية', 'الجاري', 'الجارية', 'القادم', 'القادمة', 'أيضا', 'كل', 'بعض', 'جميع', 'عبر', 'وفق',
    'وفقا', 'حيث', 'إذ', 'كان', 'كانت', 'يكون', 'تكون', 'هو', 'هي', 'هم', 'نفسه', 'نفسها', 'ذاته', 'ذاتها', 'سواء'
  ].map((w) => normalize(w))
)

const UN_FIRST = normalize('أمم')
const UN_SECOND = normalize('متحدة')
/** The two words of `الأمم المتحدة` are one token in every comparison. */
const UN = `${UN_FIRST} ${UN_SECOND}`

/** Each word's synonyms (normalised), the relation made symmetric over the groups it is in. */
function synonymMap(groups: string[][]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>()
  for (const group of groups) {
    const keys = group.map((w) => normalize(w))
    for (const key of keys) {
      let set = map.get(key)
      if (!set) map.set(key, (set = new Set()))
      for (const other of keys) if (other !== key) set.add(other)
    }
  }
  return map
}
const GENERAL_SYNONYM = synonymMap(GENERAL_SYNONYMS)
const LISTED_SYNONYM = synonymMap([...GENERAL_SYNONYMS, ...LISTED_SYNONYMS])
const HEAD_SYNONYM = synonymMap(HEAD_SYNONYMS)

// ---------------------------------------------------------------------------
// Tokens

interface Token {
  /** Normalised, without clitics and article. */
  core: string
  /** The same letters in their written spelling. */
  spell: string
  /** Cores this token may also stand for when a leading letter is a clitic (`وكالة`, `لمكافحة`). */
  alts: string[]
  /** Proclitic letters before the core (normalised), without the article. */
  prefix: string
  definite: boolean
  /** The surface text (for data tokens: the form's word). */
  text: string
  /** Offsets of the original words (document tokens). */
  start: number
  end: number
  /** The first word of the token (document tokens). */
  word?: WordInfo
  /** Index of the token in its sentence (document tokens). */
  last: number
}

/** What a word is, wherever it stands: the part of a token that `analyze` computes. */
type Analysis = NameWord

/** Every token is made here, with one shape, so that the code reading tokens sees only that one. */
function makeToken(a: Analysis, text: string, start: number, end: number, word: WordInfo | undefined, last: number): Token {
  return {core: a.core, spell: a.spell, alts: a.alts, prefix: a.prefix, definite: a.definite, text, start, end, word, last}
}

/** Same word, clitics aside. */
function same(a: Token, b: Token): boolean {
  return a.core === b.core || a.alts.includes(b.core) || b.alts.includes(a.core)
}

/** Same word written with the same letters (hamza seats, yā', tā' marbūṭa), clitics aside. */
function spelledAlike(a: Token, b: Token): boolean {
  if (a.core === b.core) return a.spell === b.spell
  if (a.core.length > b.core.length) return a.spell.slice(a.core.length - b.core.length) === b.spell
  return b.spell.slice(b.core.length - a.core.length) === a.spell
}

/** Same word, written alike but for the seat of a hamza (`لشؤون` / `لشئون`). */
function seatsOnly(a: Token, b: Token): boolean {
  const n = Math.min(a.spell.length, b.spell.length)
  const x = a.spell.slice(a.spell.length - n)
  const y = b.spell.slice(b.spell.length - n)
  if (normalize(x) !== normalize(y)) return false
  for (let i = 0; i < n; i++) if (x[i] !== y[i] && !(SEATS.has(x[i]) && SEATS.has(y[i]))) return false
  return true
}
const SEATS = new Set(['ؤ', 'ئ', 'ء'])

/** The core this token has in a word class (`وكالة` → `وكالة`, `ومكتب` → `مكتب`). */
function classCore(token: Token, set: {has(key: string): boolean}): string | undefined {
  for (const alt of token.alts) if (set.has(alt)) return alt
  return undefined
}

/**
 * Two spellings of one word: one و or ي more (`الأوروبي` / `الأوربي`,
 * `اليونسكو` / `اليونيسكو`). A ي more at the end, or before a final tā'
 * marbūṭa, makes another word (`الإيراني` / `إيران`, `التجارية` / `التجارة`).
 */
function spellingVariant(a: string, b: string): boolean {
  if (a === b) return false
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (long.length !== short.length + 1 || short.length < 5) return false
  for (let i = 0; i < long.length; i++) {
    // Not read past the end of `short` (the optimised code would be thrown away).
    if (i < short.length && long[i] === short[i]) continue
    if (long[i] !== 'و' && long[i] !== 'ي') return false
    if (long[i] === 'ي' && (i === long.length - 1 || (i === long.length - 2 && long[i + 1] === 'ه'))) return false
    return long.slice(i + 1) === short.slice(i)
  }
  return false
}

/** The same adjective in the other gender (`الدولي` / `الدولية`): a slip, not another word. */
function genderVariant(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return short.length >= 4 && long === short + 'ه'
}

/** Whether two words are synonyms in a name: heads, words of any name (`general`), or words of a listed name. */
function synonyms(a: Token, b: Token, head: boolean, general = false): boolean {
  const map = head ? HEAD_SYNONYM : general ? GENERAL_SYNONYM : LISTED_SYNONYM
  for (const x of a.alts) {
    const set = map.get(x)
    if (set === undefined) continue
    for (const y of b.alts) if (set.has(y)) return true
  }
  return false
}

/**
 * The noun and its relative adjective in one slot (`للبيئة` / `البيئي`,
 * `الصحة` / `الصحية`, `النقد` / `النقدي`): a translation choice in a known
 * body's name, never another body. Only against a listed name: beside a
 * name no list knows the two are a description and a name (`البرنامج
 * الإيراني`, `برنامج إيران`).
 */
function nisbaVariant(a: string, b: string): boolean {
  const x = a.endsWith('ه') ? a.slice(0, -1) : a
  const y = b.endsWith('ه') ? b.slice(0, -1) : b
  if (x.length < 2 || y.length < 2 || x === y) return false
  return (y.length === x.length + 1 && y.endsWith('ي') && y.startsWith(x)) || (x.length === y.length + 1 && x.endsWith('ي') && x.startsWith(y))
}

/** Data forms: tokens of a name as written in the list. */
function formTokens(form: string): Token[] {
  const tokens: Token[] = form
    .trim()
    .split(/\s+/)
    .map((text) => {
      // The built-in names' words were read by the build; a copy, as `analyze` makes one per call.
      const known = BUILT_IN_WORDS.get(text)
      return makeToken(known ? {...known, alts: [...known.alts]} : analyze(text), text, 0, 0, undefined, 0)
    })
  return mergeUn(tokens)
}

/** Join `الأمم` `المتحدة` into one token. */
function mergeUn(tokens: Token[]): Token[] {
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    const next = tokens[i + 1]
    if (next && t.core === UN_FIRST && next.core === UN_SECOND && next.prefix === '') {
      const merged = {core: UN, spell: `${t.spell} ${next.spell}`, alts: [UN], prefix: t.prefix, definite: t.definite}
      out.push(makeToken(merged, `${t.text} ${next.text}`, t.start, next.end, t.word, next.last))
      i++
    } else out.push(t)
  }
  return out
}

// ---------------------------------------------------------------------------
// The list of bodies

type FormKind = 'canonical' | 'accepted' | 'reference' | 'variant' | 'former'

interface Form {
  body: Body
  text: string
  kind: FormKind
  tokens: Token[]
  /** Normalised key of the whole form. */
  key: string
  /** For each word after the first: the word before it and this one written together (a lost space). */
  joins: string[]
}

interface Body {
  org: Organization
  forms: Form[]
  label: string
  /** From the built-in list: its wrong forms are reported only beside the body's name (see `pairedOnly`). */
  builtIn: boolean
}

interface Index {
  /** First-token core → forms. */
  byFirst: Map<string, Form[]>
  /** Joined core of two neighbouring tokens (a lost space) → form and position. */
  glued: Map<string, {form: Form; at: number}[]>
  /** Content core → forms that hold it (candidates for near-misses). */
  byContent: Map<string, Form[]>
  /** First core → forms of a head and light words only (`البنك الدولي`), which `byContent` cannot find. */
  byLightHead: Map<string, Form[]>
  /** First cores of forms whose head is not in HEADS (`الأمم المتحدة`, `حلف`). */
  anchors: Set<string>
  /** Last three letters of every word a name can start with: a sentence without one holds no name. */
  endings: Set<string>
  /** The same endings as numbers (see `endingCode`), for those written in Arabic letters. */
  endingCodes: Set<number>
  /**
   * Those of three letters as tables: `lastTwo` by the last two letters (most
   * words fail there) gives 1 + a row of `thirds`, 256 bytes by the first letter,
   * each the length of the shortest word with that ending (0: none). A word
   * shorter than that cannot end as one does (`الدولية` is no `منظمةالدولية`).
   */
  lastTwo: Uint16Array
  thirds: Uint8Array
  /** One-word forms (`اليونسكو`, `الأونروا`) by their loose key, for respelled loan words. */
  singles: Map<string, Form[]>
  /** The keys of `singles`. */
  singleKeys: string[]
  /** How the listed names spell their words (canonical and accepted forms). */
  spellings: Set<string>
  /** The words a name can start with (heads, first words of forms, glued words) by `endingCode`. */
  startsByEnding: Map<number, string[]>
  /** Those whose code is not one (shorter than three letters, or not in Arabic letters). */
  otherStarts: string[]
  /** What `nearMissAt` found for a chain, by the chain's words as written (see `nearMissOf`); null: none. */
  nearMisses: Map<string, NearMiss | null>
}

function buildIndex(list: Organization[], builtInList: readonly Organization[] = []): Index {
  const builtInSet = new Set(builtInList)
  const index: Index = {
    byFirst: new Map(),
    glued: new Map(),
    byContent: new Map(),
    byLightHead: new Map(),
    anchors: new Set(),
    endings: new Set(),
    endingCodes: new Set(),
    lastTwo: new Uint16Array(0x10000),
    thirds: new Uint8Array(0),
    singles: new Map(),
    singleKeys: [],
    startsByEnding: new Map(),
    otherStarts: [],
    spellings: new Set(),
    nearMisses: new Map()
  }
  const push = <K, T>(map: Map<K, T[]>, key: K, value: T) => {
    const list = map.get(key)
    if (list) {
      if (!list.includes(value)) list.push(value)
    } else map.set(key, [value])
  }
  for (const org of list) {
    const label = org.english ? (org.acronym && org.acronym !== org.english ? `${org.english} (${org.acronym})` : org.english) : org.acronym ?? org.canonical
    const body: Body = {org, forms: [], label, builtIn: builtInSet.has(org)}
    const add = (text: string, kind: FormKind) => {
      const tokens = formTokens(text)
      if (tokens.length === 0) return
      const joins = tokens.map((token, j) => (j > 0 ? tokens[j - 1].core + normalize(token.text) : ''))
      const form: Form = {body, text: text.trim(), kind, tokens, key: tokens.map((t) => t.core).join(' '), joins}
      body.forms.push(form)
      if (kind === 'canonical' || kind === 'accepted') for (const token of tokens) index.spellings.add(token.spell)
      for (const alt of tokens[0].alts) push(index.byFirst, alt, form)
      if (!HEADS.has(tokens[0].core)) index.anchors.add(tokens[0].core)
      // Back-references and former names are matched as written, never as near-misses.
      if (kind !== 'reference' && kind !== 'former') {
        if (tokens.length === 1 && !text.trim().includes(' ') && tokens[0].core.length >= 5) push(index.singles, loose(tokens[0].core), form)
        for (const token of tokens) {
          if (!isContent(token)) continue
          const core = token.core
          push(index.byContent, core, form)
          push(index.byContent, loose(core), form)
          // Found by a synonym of its word (`للمهاجرين` for `للهجرة`) or by the
          // word in the other gender (`الأوروبية` for `الأوروبي`) too.
          for (const other of LISTED_SYNONYM.get(core) ?? []) push(index.byContent, other, form)
          push(index.byContent, core.endsWith('ه') ? core.slice(0, -1) : core + 'ه', form)
        }
        if (tokens.length >= 2 && !tokens.some(isContent) && !tokens.some((t) => t.core === UN)) push(index.byLightHead, tokens[0].core, form)
        // A lost space inside a name the body uses (never inside a wrong form).
        if (kind !== 'variant') {
          for (let i = 0; i + 1 < tokens.length; i++) {
            const joined = tokens[i].core + normalize(tokens[i + 1].text).replace(/ /g, '')
            push(index.glued, joined, {form, at: i})
          }
          // `الأممالمتحدة` inside one token.
          for (let i = 0; i < tokens.length; i++) {
            if (tokens[i].core === UN) push(index.glued, UN_FIRST + normalize('المتحدة'), {form, at: -1 - i})
          }
        }
      }
    }
    add(org.canonical, 'canonical')
    for (const text of org.accepted) add(text, 'accepted')
    for (const text of org.references ?? []) add(text, 'reference')
    for (const text of org.variants) add(text, 'variant')
    for (const text of org.former ?? []) add(text, 'former')
  }
  const shortest = new Map<string, number>()
  const addEnding = (key: string) => {
    const ending = key.slice(-3)
    index.endings.add(ending)
    shortest.set(ending, Math.min(shortest.get(ending) ?? key.length, key.length))
  }
  for (const key of [...HEADS, ...index.byFirst.keys(), ...index.glued.keys(), UN_FIRST]) addEnding(key)
  // A respelled one-word name ends like it once the و and ي are set aside: keep every ending it may have.
  for (const forms of index.singles.values()) for (const form of forms) for (const key of respellings(form.tokens[0].core)) addEnding(key)
  index.singleKeys = [...index.singles.keys()]
  for (const key of new Set([...HEADS, ...index.byFirst.keys(), ...index.glued.keys(), ...index.anchors])) {
    const code = key.length >= 3 ? endingCode(key) : -1
    if (code >= 0) push(index.startsByEnding, code, key)
    else if (key) index.otherStarts.push(key)
  }
  // Endings of three Arabic letters also go in the tables that `hasEnding` reads.
  let rows = 0
  for (const ending of index.endings) {
    const code = endingCode(ending)
    if (code < 0) continue
    index.endingCodes.add(code)
    if (ending.length === 3 && index.lastTwo[code & 0xffff] === 0) index.lastTwo[code & 0xffff] = ++rows
  }
  index.thirds = new Uint8Array(rows * 0x100)
  for (const ending of index.endings) {
    const code = endingCode(ending)
    if (code >>> 24 === 3) index.thirds[(index.lastTwo[code & 0xffff] - 1) * 0x100 + ((code >> 16) & 0xff)] = Math.min(shortest.get(ending)!, 0xff)
  }
  return index
}

/**
 * The last three code units of a key (fewer in a shorter key) packed into one
 * small number, when all are in the Arabic block; -1 otherwise. Two such
 * endings are equal exactly when their codes are.
 */
function endingCode(key: string): number {
  const from = key.length > 3 ? key.length - 3 : 0
  let code = key.length - from
  for (let i = from; i < key.length; i++) {
    const c = key.charCodeAt(i) - 0x0600
    if (c < 0 || c > 0xff) return -1
    code = code * 0x100 + c
  }
  return code
}

/** Letters a core may have before it in its word: a conjunction, a preposition and the article (4), then one or two clitics that `alts` strip. */
const MAX_LEAD = 6

/**
 * Whether a word may open a name: one of its cores (`analyze`: after clitics
 * and the article) is a word a name starts with, it may be the first word of
 * `الأمم المتحدة`, or it may be a one-word name respelled. A cheap superset of
 * what the matching looks for, with no allocation.
 */
function mayOpenName(index: Index, key: string): boolean {
  if (endsWith(key, UN_FIRST)) return true
  const starts = key.length >= 3 ? index.startsByEnding.get(endingCode(key)) : undefined
  if (starts) for (const start of starts) if (key.length - start.length <= MAX_LEAD && endsWith(key, start)) return true
  for (const start of index.otherStarts) if (key.length - start.length <= MAX_LEAD && endsWith(key, start)) return true
  const cut = articleEnd(key)
  if (cut > 0 && key.length - cut >= 5) {
    for (const single of index.singleKeys) if (looseIs(key, single, cut)) return true
  }
  return false
}

/**
 * The first word from `w` on that may open a name (`words.length` when none):
 * the one loop over every word of a document, kept small.
 */
function nextOpener(words: WordInfo[], w: number, index: Index): number {
  for (; w < words.length; w++) {
    const key = words[w].key
    if (hasEnding(index, key) && mayOpenName(index, key)) return w
  }
  return w
}

/** Whether a word ends as a word that may open a name does: `index.endings.has(key.slice(-3))`, without the slice. */
function hasEnding(index: Index, key: string): boolean {
  const n = key.length
  if (n >= 3) {
    // The common case, inline: three Arabic letters, the last two looked up in a table first.
    const a = key.charCodeAt(n - 3) - 0x0600
    const b = key.charCodeAt(n - 2) - 0x0600
    const c = key.charCodeAt(n - 1) - 0x0600
    if ((a | b | c) >>> 0 <= 0xff) {
      const row = index.lastTwo[(b << 8) | c]
      if (row === 0) return false
      const least = index.thirds[(row - 1) * 0x100 + a]
      return least !== 0 && n >= least
    }
  }
  const code = endingCode(key)
  return code >= 0 ? index.endingCodes.has(code) : index.endings.has(key.slice(-3))
}

/** The word with one و or ي more or less, as `spellingVariant` allows. */
function respellings(core: string): string[] {
  const out = [core]
  for (let i = 0; i < core.length; i++) if (core[i] === 'و' || core[i] === 'ي') out.push(core.slice(0, i) + core.slice(i + 1))
  for (let i = 1; i <= core.length; i++) out.push(core.slice(0, i) + 'ي' + core.slice(i), core.slice(0, i) + 'و' + core.slice(i))
  return out
}

/** A key that two spellings of one word share (`اوروبي`, `اوربي` → `ارب`). */
function loose(core: string): string {
  let out = '~'
  let from = 0
  for (let i = 0; i < core.length; i++) {
    const code = core.charCodeAt(i)
    if (code !== 0x0648 && code !== 0x064a) continue // و ي
    out += core.slice(from, i)
    from = i + 1
  }
  return from === 0 ? out + core : out + core.slice(from)
}

/** Whether `loose(word.slice(from)) === key`, without building the loose key. */
function looseIs(word: string, key: string, from = 0): boolean {
  if (key.charCodeAt(0) !== 0x7e) return false // ~
  let j = 1
  for (let i = from; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code === 0x0648 || code === 0x064a) continue // و ي
    if (key.charCodeAt(j) !== code) return false
    j++
  }
  return j === key.length
}

/** `index.singles.get(loose(core))`: the list holds few one-word names. */
function singlesFor(index: Index, core: string): Form[] | undefined {
  for (const key of index.singleKeys) if (looseIs(core, key)) return index.singles.get(key)
  return undefined
}

function isContent(token: Token): boolean {
  return !HEADS.has(token.core) && !LIGHT.has(token.core) && token.core !== UN
}

let builtInIndex: Index | undefined
function indexFor(context: RuleContext, useBuiltIn: boolean): Index {
  const extra = context.settings.extraOrganizations ?? []
  if (extra.length === 0 && useBuiltIn) return (builtInIndex ??= buildIndex(builtIn, builtIn))
  const cache = context.settings.cache
  const key = `org-name-consistency:${useBuiltIn}`
  const cached = cache?.get(key) as {extra: Organization[]; index: Index} | undefined
  if (cached && cached.extra === extra) return cached.index
  const index = buildIndex([...(useBuiltIn ? builtIn : []), ...extra], builtIn)
  cache?.set(key, {extra, index})
  return index
}

// ---------------------------------------------------------------------------
// Document tokens

/** Index of the character after `count` letters of `value` (harakat and tatweel are not letters). */
function afterLetters(value: string, count: number): number {
  let seen = 0
  for (let i = 0; i < value.length; i++) {
    if (seen === count) return i
    if (!isIgnoredCode(value.charCodeAt(i))) seen++
  }
  return value.length
}

/** `key.endsWith(suffix)`, comparing from the last letter (most words differ there). */
function endsWith(key: string, suffix: string): boolean {
  const offset = key.length - suffix.length
  if (offset < 0) return false
  for (let i = suffix.length - 1; i >= 0; i--) if (key.charCodeAt(offset + i) !== suffix.charCodeAt(i)) return false
  return true
}

/** The tokens of a sentence, analysed on first use (most words are never looked at). */
class SentenceTokens {
  readonly count: number
  private readonly words: WordInfo[]
  private readonly text: string
  /**
   * First and last word of each token (`الأمم المتحدة` is one token of two
   * words); undefined when every token is one word (most sentences).
   */
  private readonly first: number[] | undefined
  private readonly last: number[] | undefined
  private readonly cache: (Token | undefined)[]
  /** `joined(k)`: 0 not yet known, 1 yes, 2 no. */
  private readonly joins: Uint8Array

  /**
   * `openers`: the indices of the words that may open a name, in order (the
   * first word of `الأمم المتحدة` is one of them, so only they can start a pair).
   */
  constructor(sentence: SentenceInfo, text: string, openers: number[]) {
    this.words = sentence.words
    this.text = text
    const words = this.words
    let paired = false
    for (const w of openers) if (w + 1 < words.length && this.unPair(w)) paired = true
    // Both assigned whatever the sentence, so that every SentenceTokens has one
    // shape: assigned only when paired, a sentence with `الأمم المتحدة` made
    // V8 throw away the optimised code of `at`, `exactAt` and `spelledMatch`.
    let first: number[] | undefined
    let last: number[] | undefined
    if (paired) {
      first = []
      last = []
      for (let i = 0; i < words.length; i++) {
        first.push(i)
        if (i + 1 < words.length && this.unPair(i)) i++
        last.push(i)
      }
    }
    this.first = first
    this.last = last
    this.count = first ? first.length : words.length
    this.cache = new Array(this.count)
    this.joins = new Uint8Array(this.count)
  }

  /** Whether words i and i + 1 are `الأمم` `المتحدة` (clitics before the first only). */
  private unPair(i: number): boolean {
    const word = this.words[i]
    const next = this.words[i + 1]
    if (!endsWith(word.key, UN_FIRST) || !endsWith(next.key, UN_SECOND) || !this.spaceBefore(i + 1)) return false
    const a = analyze(word.value, word.key)
    const b = analyze(next.value, next.key)
    return a.core === UN_FIRST && b.core === UN_SECOND && b.prefix === ''
  }

  /** The token that starts with word w; -1 when w is the second word of a token. */
  tokenOf(w: number): number {
    return this.first ? this.first.indexOf(w) : w
  }

  /** Whether only spaces separate token k from the one before it (asked once per listed name that starts there: kept). */
  joined(k: number): boolean {
    if (k <= 0 || k >= this.count) return false
    const known = this.joins[k]
    if (known !== 0) return known === 1
    const value = this.spaceBefore(this.first ? this.first[k] : k)
    this.joins[k] = value ? 1 : 2
    return value
  }

  /** Whether one or more spaces (no other character) separate word i from the one before it. */
  private spaceBefore(i: number): boolean {
    if (i === 0) return false
    const from = this.words[i - 1].end
    const to = this.words[i].start
    if (from >= to) return false
    for (let c = from; c < to; c++) {
      const code = this.text.charCodeAt(c)
      if (code !== 0x20 && code !== 0xa0) return false
    }
    return true
  }

  at(k: number): Token | undefined {
    if (k < 0 || k >= this.count) return undefined
    const cached = this.cache[k]
    if (cached) return cached
    const word = this.words[this.first ? this.first[k] : k]
    const lastWord = this.words[this.last ? this.last[k] : k]
    let token: Token
    if (!ARABIC_WORD.test(word.value)) {
      token = makeToken({core: '', spell: '', alts: [''], prefix: '', definite: false}, word.value, word.start, word.end, word, k)
    } else if (lastWord !== word) {
      const a = analyze(word.value, word.key)
      // Spelled as `mergeUn` spells the listed names: each word without its article.
      const second = analyze(lastWord.value, lastWord.key).spell
      const merged = {core: UN, spell: `${a.spell} ${second}`, alts: [UN], prefix: a.prefix, definite: a.definite}
      token = makeToken(merged, this.text.slice(word.start, lastWord.end), word.start, lastWord.end, word, k)
    } else {
      token = makeToken(analyze(word.value, word.key), word.value, word.start, word.end, word, k)
    }
    this.cache[k] = token
    return token
  }

  slice(from: number, to: number): Token[] {
    const out: Token[] = []
    for (let k = from; k < to && k < this.count; k++) out.push(this.at(k)!)
    return out
  }
}

const ARABIC_WORD = /^[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06FA-\u06FF\u200C-\u200F]+$/u

function isStop(token: Token): boolean {
  if (!token.core) return true
  const whole = token.prefix + (token.definite ? 'ال' : '') + token.core
  if (STOP.has(whole) || STOP.has(token.core)) return true
  // After a conjunction or a preposition (`والذي`, `وفي`).
  return token.prefix.length > 0 && STOP.has(whole.slice(token.prefix.length))
}

function isHead(token: Token): boolean {
  return classCore(token, HEADS) !== undefined
}

/** The name chain from `start`: the head and its construct/adjective chain. */
function chainAt(st: SentenceTokens, start: number, index: Index): Token[] {
  const chain = [st.at(start)!]
  for (let i = start + 1; i < st.count && chain.length < 10; i++) {
    if (!st.joined(i)) break
    const t = st.at(i)!
    if (isStop(t)) break
    const previous = chain[chain.length - 1]
    if (t.core === UN) {
      if (t.prefix === '' || t.prefix === 'ل') {
        chain.push(t)
        continue
      }
      break
    }
    if (t.definite) {
      const pre = t.prefix
      if (pre === '' || pre === 'ل') chain.push(t)
      else if (pre === 'و' || pre === 'ف') {
        // `والجريمة` continues the name; `والاتحاد الأوروبي` starts another.
        if (isHead(t) || index.anchors.has(t.core)) break
        chain.push(t)
      } else if (PREP.has(pre[pre.length - 1]) && classCore(previous, BA_FRAME)) chain.push(t)
      else break
      continue
    }
    // Indefinite words: `لمكافحة`, `لشؤون` (a `لـ` complement), or a noun in
    // construct after another indefinite noun (`مجلس وزراء`, `جهود مكافحة`);
    // after a definite word an indefinite one ends the name (`الاتحاد الأوروبي ممثلا`).
    if ((t.core.startsWith('ل') && t.core.length >= 4) || (!previous.definite && previous.core !== UN)) {
      chain.push(t)
      continue
    }
    break
  }
  return chain
}

// ---------------------------------------------------------------------------
// Matching

interface Mention {
  body?: Body
  form?: Form
  /** How the mention relates to the list. */
  kind: 'exact' | 'variant' | 'former' | 'glued' | 'near' | 'unknown'
  tokens: Token[]
  /** Whether every token is spelled as in the form. */
  spelled: boolean
  /** A near-miss that only respells a word (`الأوربي`, `اليونيسيف`): a finding only beside the name spelled right. */
  respelled: boolean
  /**
   * A listed name followed by a light word of a longer one (`وكالة الطاقة الذرية
   * العالمية`): written right as far as it goes, but no model of the body's name.
   */
  partial: boolean
}

/**
 * Every mention is made here, with one shape: made with different properties
 * in different places, they made V8 throw away the optimised code that reads them.
 */
function makeMention(kind: Mention['kind'], tokens: Token[], spelled: boolean, body?: Body, form?: Form, respelled = false): Mention {
  return {body, form, kind, tokens, spelled, respelled, partial: false}
}

/** Whether a listed form (or one that lost a space) may start with this token. */
function opensListedName(first: Token, index: Index): boolean {
  for (const alt of first.alts) if (index.byFirst.has(alt) || index.glued.has(alt)) return true
  return false
}

/** The longest form that matches token for token from `start` (clitics aside, spelling aside). */
function exactAt(st: SentenceTokens, start: number, index: Index): Mention | undefined {
  const first = st.at(start)!
  if (!opensListedName(first, index)) return undefined
  // The best match so far. A form listed under two of the first token's cores
  // is tried twice, alike: the second try is never better.
  let bestForm: Form | undefined
  let bestLength = 0
  let bestSpelled = 0
  let bestGlued = false
  const alts = first.alts
  for (let a = 0; a < alts.length; a++) {
    const forms = index.byFirst.get(alts[a])
    if (forms === undefined) continue
    for (let f = 0; f < forms.length; f++) {
      const form = forms[f]
      const spelled = spelledMatch(st, start, form.tokens)
      if (spelled < 0) continue
      const n = form.tokens.length
      if (bestForm === undefined || outranks(n, spelled, form, bestLength, bestSpelled, bestForm)) {
        bestForm = form
        bestLength = n
        bestSpelled = spelled
        bestGlued = false
      }
    }
  }
  // A lost space: `الأممالمتحدة`, `الاتحادالأوروبي`.
  for (let a = 0; a < alts.length; a++) {
    const entries = index.glued.get(alts[a])
    if (entries === undefined) continue
    for (let e = 0; e < entries.length; e++) {
      const {form, at} = entries[e]
      const n = form.tokens.length
      let length: number
      // The first two words joined: the chain goes on with the form's third word.
      if (at === 0) length = followsFrom(st, start, form.tokens, 2) ? n - 1 : -1
      // The UN token glued at the start of a form.
      else if (at < 0 && (n === 1 || at === -1)) length = followsFrom(st, start, form.tokens, 1) ? n : -1
      else continue
      if (length < 0) continue
      if (bestForm === undefined || outranks(length, length, form, bestLength, bestSpelled, bestForm)) {
        bestForm = form
        bestLength = length
        bestSpelled = length
        bestGlued = true
      }
    }
  }
  if (bestForm === undefined) return undefined
  const tokens = st.slice(start, start + bestLength)
  const kind = bestGlued ? 'glued' : bestForm.kind === 'variant' ? 'variant' : bestForm.kind === 'former' ? 'former' : 'exact'
  return makeMention(kind, tokens, bestSpelled === bestLength, bestForm.body, bestForm)
}

/** How many words of `form` are spelled as in it when the tokens from `start` are the form; -1 when they are not. */
function spelledMatch(st: SentenceTokens, start: number, form: Token[]): number {
  let spelled = 0
  for (let k = 0; k < form.length; k++) {
    const t = st.at(start + k)
    if (t === undefined || (k > 0 && !st.joined(start + k)) || !same(t, form[k])) return -1
    if (spelledAlike(t, form[k])) spelled++
  }
  return spelled
}

/** Whether the tokens after `start` (each after a space) are the form's words from word `from` on. */
function followsFrom(st: SentenceTokens, start: number, form: Token[], from: number): boolean {
  for (let j = 1, k = from; k < form.length; j++, k++) {
    const t = st.at(start + j)
    if (t === undefined || !st.joined(start + j) || !same(t, form[k])) return false
  }
  return true
}

/** A match beats the best so far: longer, then more words spelled as listed, then a form of a better kind. */
function outranks(length: number, spelled: number, form: Form, bestLength: number, bestSpelled: number, best: Form): boolean {
  if (length !== bestLength) return length > bestLength
  if (spelled !== bestSpelled) return spelled > bestSpelled
  return RANK[form.kind] < RANK[best.kind]
}

/** Canonical and accepted forms come before references and variants when two match alike. */
const RANK: Record<FormKind, number> = {canonical: 0, accepted: 1, reference: 2, variant: 3, former: 3}

interface Alignment {
  cost: number
  /** Chain tokens used. */
  used: number
  /** Form words found as they are. */
  matched: number
  /** Form words found as they are, respelled or as a synonym. */
  kept: number
  /** Content words found (not heads, not light words; the `الأمم المتحدة` pair counts). */
  content: number
  /** Words dropped or added. */
  indels: number
  /** Whether `الأمم المتحدة` was dropped. */
  unDropped: boolean
  /** Whether the head was replaced by a synonym. */
  headSwapped: boolean
  /** Words found in another spelling. */
  respelled: number
}

/**
 * The alignment table, one typed array per field, cell (i, j) at i * (n + 1) + j;
 * costs in halves (a cell is unreached while its cost is -1). Grown on demand and reused.
 */
let cellCount = 0
let cellCost = new Int16Array(0)
let cellMatched = new Int16Array(0)
let cellKept = new Int16Array(0)
let cellContent = new Int16Array(0)
let cellIndels = new Int16Array(0)
let cellRespelled = new Int16Array(0)
let cellUnDropped = new Uint8Array(0)

function growCells(size: number) {
  if (size <= cellCount) return
  cellCount = Math.max(size, cellCount * 2, 256)
  cellCost = new Int16Array(cellCount)
  cellMatched = new Int16Array(cellCount)
  cellKept = new Int16Array(cellCount)
  cellContent = new Int16Array(cellCount)
  cellIndels = new Int16Array(cellCount)
  cellRespelled = new Int16Array(cellCount)
  cellUnDropped = new Uint8Array(cellCount)
}

/**
 * Extend the alignment in cell `from` to cell `to` (a step of `cost` halves and
 * the counts it adds), keeping at `to` the cheapest, then the one matching most.
 */
function step(from: number, to: number, cost: number, matched: number, kept: number, content: number, indels: number, respelled: number, unDropped: number) {
  const total = cellCost[from] + cost
  // At most 1.5.
  if (total > 3) return
  const current = cellCost[to]
  const m = cellMatched[from] + matched
  if (current >= 0 && !(total < current || (total === current && m > cellMatched[to]))) return
  cellCost[to] = total
  cellMatched[to] = m
  cellKept[to] = cellKept[from] + kept
  cellContent[to] = cellContent[from] + content
  cellIndels[to] = cellIndels[from] + indels
  cellRespelled[to] = cellRespelled[from] + respelled
  cellUnDropped[to] = cellUnDropped[from] | unDropped
}

/**
 * Weighted edit distance between a form and a prefix of a chain: equal words
 * cost nothing; a spelling slip, a synonym, a lost space, or dropping/adding a
 * light word costs 0.5; a word of content, or the form's last word, cannot be
 * dropped (2).
 */
function align(chain: Token[], {tokens: form, joins, kind}: Form): Alignment | undefined {
  // The heads must meet.
  const c0 = chain[0]
  const f0 = form[0]
  let headCost = 0
  let headMatched = 0
  let headContent = 0
  let headRespelled = 0
  let headSwapped = false
  if (same(c0, f0)) {
    headMatched = 1
    headContent = contentOf(f0)
  } else if (kind !== 'variant' && synonyms(c0, f0, true)) {
    headCost = 1
    headSwapped = true
  } else if (spellingVariant(c0.core, f0.core)) {
    headCost = 1
    headRespelled = 1
  } else return undefined
  const m = Math.min(chain.length, form.length + 3)
  const n = form.length
  const width = n + 1
  growCells((m + 1) * width)
  cellCost.fill(-1, 0, (m + 1) * width)
  const h = width + 1
  cellCost[h] = headCost
  cellMatched[h] = headMatched
  cellKept[h] = 1
  cellContent[h] = headContent
  cellIndels[h] = 0
  cellRespelled[h] = headRespelled
  cellUnDropped[h] = 0
  for (let i = 1; i <= m; i++) {
    const c = chain[i - 1]
    for (let j = 1; j <= n; j++) {
      if (i === 1 && j === 1) continue
      const f = form[j - 1]
      const at = i * width + j
      if (i > 1 && j > 1) {
        const diagonal = at - width - 1
        if (cellCost[diagonal] >= 0) {
          if (same(c, f)) step(diagonal, at, 0, 1, 1, contentOf(f), 0, 0, 0)
          else if (spellingVariant(c.core, f.core)) step(diagonal, at, 1, 0, 1, contentOf(f), 0, 1, 0)
          else if (genderVariant(c.core, f.core)) step(diagonal, at, 1, 0, 1, contentOf(f), 0, 0, 0)
          else if (synonyms(c, f, false) || nisbaVariant(c.core, f.core)) step(diagonal, at, 1, 0, 1, 0, 0, 0, 0)
        }
      }
      // A lost space inside the name: one chain word for two form words.
      if (i > 1 && j > 2) {
        const twoBack = at - width - 2
        if (cellCost[twoBack] >= 0 && c.core === joins[j - 1]) step(twoBack, at, 1, 2, 2, contentOf(f), 0, 0, 0)
      }
      // The form's word is missing from the chain (never its last word).
      if (j > 1 && j < n && cellCost[at - 1] >= 0) {
        const un = f.core === UN
        const light = (LIGHT.has(f.core) && !(j === 2 && namesAnother(f, c0, f0))) || un
        step(at - 1, at, light ? 1 : 4, 0, 0, 0, 1, 0, un ? 1 : 0)
      }
      // The chain has a word more.
      if (i > 1 && j < n && cellCost[at - width] >= 0) {
        step(at - width, at, LIGHT.has(c.core) && !(i === 2 && namesAnother(c, f0, c0)) ? 1 : 4, 0, 0, 0, 1, 0, 0)
      }
    }
  }
  let used = 0
  for (let i = 2; i <= m; i++) {
    const at = i * width + n
    if (cellCost[at] >= 0 && (used === 0 || cellCost[at] <= cellCost[used * width + n])) used = i
  }
  if (used === 0) return undefined
  const at = used * width + n
  return {
    cost: cellCost[at] / 2,
    used,
    matched: cellMatched[at],
    kept: cellKept[at],
    content: cellContent[at],
    indels: cellIndels[at],
    unDropped: cellUnDropped[at] === 1,
    headSwapped,
    respelled: cellRespelled[at]
  }
}

/** Content words in an alignment: not heads, not light words; the `الأمم المتحدة` pair counts. */
function contentOf(t: Token): number {
  return isContent(t) || t.core === UN ? 1 : 0
}

/**
 * Whether dropping `word`, the light adjective right after the head, from a
 * name (head `longHead`) leaves the name of another body: the head loses its
 * article with it, and the rest becomes a construct of its own (`الاتحاد
 * الدولي لكرة القدم` → `اتحاد كرة القدم`, a country's federation;
 * `المفوضية السامية لحقوق الإنسان` → `مفوضية حقوق الإنسان`, a national one).
 * With the article kept the name is only shorter (`المنظمة للطيران المدني`).
 */
function namesAnother(word: Token, shortHead: Token, longHead: Token): boolean {
  return LIGHT.has(word.core) && shortHead.definite !== longHead.definite
}

/**
 * Whether an alignment is a near-miss and not another body: one or two small
 * changes, and the more it changes, the more of the name's content it keeps.
 * A name of a head and light words only (`البنك العالمي` for `البنك الدولي`)
 * is one when its one word is a synonym and the chain ends with it.
 */
function isNearMiss(a: Alignment, form: Form, chain: Token[]): boolean {
  if (a.cost === 0 || a.cost > 1 || a.matched < 1 || a.kept < 2) return false
  // A word more in a name of two is a description (`المنظمة التابعة للأمم المتحدة`).
  if (form.tokens.length <= 2 && a.indels > 0) return false
  // (`البنك العالمي للإنشاء والتعمير` goes on as another body; `البنك العالمي لمنطقة الشرق الأوسط` does not.)
  if (a.content < 1 && !(a.indels === 0 && a.cost <= 0.5 && !a.headSwapped && (a.used === chain.length || !chain[a.used].definite))) return false
  // An office before a name of the body is a part of it: `مكتب أطباء بلا حدود` is an office
  // of MSF, `مكتب الأمم المتحدة` one of the UN (`هيئة العفو الدولية` is a slip for Amnesty's name).
  if (a.headSwapped && classCore(chain[0], PART_HEADS) && form.body.forms.some((other) => other.key === form.key.slice(form.key.indexOf(' ') + 1))) {
    return false
  }
  // A short form (two words) must not lose anything: that is a back-reference.
  if (a.used < 3 && a.used < form.tokens.length) return false
  // Another head (`برنامج` for `وكالة`) with a word dropped is another body.
  if (a.headSwapped && a.indels > 0) return false
  // Two changes, or the United Nations dropped (`مفوضية حقوق الإنسان`): keep three words of content.
  if ((a.cost >= 1 || a.unDropped) && a.content < 3) return false
  return true
}

/** A known body's form a chain comes close to, and how much of the chain it takes. */
interface NearMiss {
  form: Form
  used: number
  cost: number
  respelled: boolean
}

/** Most chains `nearMissOf` remembers before it forgets them all. */
const NEAR_MISSES_MAX = 20_000

/**
 * `nearMissAt`, remembered by the chain's words as written. Its answer
 * depends only on them (what `analyze` makes of each) and on the list, and
 * the same names come back within a document and from one to the next: most
 * chains were met before, and matching one against its candidate forms cost
 * more than building the key.
 */
function nearMissOf(chain: Token[], index: Index): NearMiss | undefined {
  if (chain.length < 2) return undefined
  // A token's text determines its analysis (two words of `الأمم المتحدة` are one token whose text holds both).
  let key = chain[0].text
  for (let k = 1; k < chain.length; k++) key += '\u0000' + chain[k].text
  const memo = index.nearMisses
  let found = memo.get(key)
  if (found === undefined) {
    found = nearMissAt(chain, index) ?? null
    if (memo.size >= NEAR_MISSES_MAX) memo.clear()
    memo.set(key, found)
  }
  return found ?? undefined
}

/** The known body a chain comes close to, when it is no form of it. */
function nearMissAt(chain: Token[], index: Index): NearMiss | undefined {
  if (chain.length < 2) return undefined
  // Forms that hold a content word of the chain, in the order first met (few).
  const candidates: Form[] = []
  for (const token of chain) {
    const alts = token.alts
    for (let a = 0; a < alts.length; a++) addCandidates(candidates, index.byContent.get(alts[a]))
    if (token.core.length >= 5) addCandidates(candidates, index.byContent.get(loose(token.core)))
  }
  let best: NearMiss | undefined
  // A name of a head and light words holds no content word: the forms of such names with its head.
  for (const alt of chain[0].alts) addCandidates(candidates, index.byLightHead.get(alt))
  for (const form of candidates) {
    if (form.kind === 'reference' || form.kind === 'former' || form.tokens.length < 2) continue
    const n = form.tokens.length
    // The name's words in another order (`وكالة الطاقة الذرية الدولية`).
    if (n >= 3 && chain.length >= n && sameWords(chain.slice(0, n), form.tokens)) {
      if (!best || n > best.used || (n === best.used && 0.5 < best.cost)) best = {form, used: n, cost: 0.5, respelled: false}
      continue
    }
    const a = align(chain, form)
    if (!a || !isNearMiss(a, form, chain)) continue
    const respelled = a.cost === a.respelled * 0.5
    if (!best || a.used > best.used || (a.used === best.used && a.cost < best.cost)) best = {form, used: a.used, cost: a.cost, respelled}
  }
  if (!best) return undefined
  // A light word of the name moved to the end (`وكالة الطاقة الذرية الدولية`) is part of the mention.
  const tokens = best.form.tokens
  while (best.used < chain.length && LIGHT.has(chain[best.used].core) && hasCore(tokens, chain[best.used].core)) best.used++
  // An indefinite name where the body's is definite is a description (`هيئة أوروبية`).
  if (tokens[tokens.length - 1].definite && !chain[best.used - 1].definite) return undefined
  // More of a name after it makes another body's, one whose words it shares
  // (`الوكالة الدولية للطاقة المتجددة` holds the words of `وكالة الطاقة الدولية`).
  // A relative adjective does not: it is more often the body's country or a
  // person's (`رئيس الاتحاد العالمي لكرة القدم السويسري`).
  if (best.used < chain.length && goesOn(chain[best.used - 1], chain[best.used], tokens.some(isContent))) return undefined
  return best
}

/**
 * Whether the definite word after a near-miss is more of a name, not the
 * object or subject that follows a name in a sentence (`أبلغت اللجنة الأوروبية
 * الشركة`): an adjective of a complement that ends the name (`للطاقة
 * المتجددة`), or, after a name of a head and light words only, another `لـ`
 * complement (`البنك العالمي للإنشاء
 * والتعمير`; after a name with content words it is the sentence's: `مسؤولين من
 * هيئة التحقيقات الفدرالي للحديث`). A light word is the name's own; a time
 * word (`الخميس`) ends the chain before this is asked.
 */
function goesOn(last: Token, next: Token, content: boolean): boolean {
  if (!next.definite || LIGHT.has(next.core)) return false
  if (next.prefix === 'ل') return !content
  return next.prefix === '' && last.prefix === 'ل'
}

/**
 * Whether a word after a former name goes on with it: a `لـ` complement or a
 * definite relative adjective (`الثانية`), not a noun that starts a clause of
 * its own (`انضمامها للمجموعة الأوروبية الأمر الذي`).
 */
function continuesName(token: Token): boolean {
  if (!token.definite) return false
  return token.prefix === 'ل' || (token.prefix === '' && ORDINALS.has(token.core))
}

/** Ordinals after a name make another one (`المجموعة الأوروبية الثانية`); a count does not (`الثمانية والعشرين`). */
const ORDINALS = new Set(
  ['أول', 'أولى', 'ثاني', 'ثانية', 'ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس', 'خامسة', 'سادس', 'سادسة', 'سابع', 'سابعة', 'ثامن', 'ثامنة', 'تاسع', 'تاسعة', 'عاشر', 'عاشرة'].map((w) =>
    normalize(w)
  )
)

/** Add the forms not yet in `candidates`. */
function addCandidates(candidates: Form[], forms: Form[] | undefined) {
  if (forms === undefined) return
  for (let f = 0; f < forms.length; f++) if (!candidates.includes(forms[f])) candidates.push(forms[f])
}

/** Whether one of the tokens has this core. */
function hasCore(tokens: Token[], core: string): boolean {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].core === core) return true
  return false
}

// ---------------------------------------------------------------------------
// Reporting

/** The core the name starts with in its first word: `ومكتب` → `مكتب`, `وكالة` → `وكالة`. */
function nameCore(first: Token, index: Index): string {
  for (const alt of first.alts) if (HEADS.has(alt) || index.byFirst.has(alt) || alt === UN) return alt
  return first.core
}

/**
 * Where the name starts in its first word (after `و`, `ب`, `ل`…), and the text
 * that replaces the mention from there so that the clitics stay: `ل` before
 * an article takes its alef (`للاتحاد`).
 */
function replacement(first: Token, core: string, target: string): {start: number; text: string} {
  const word = first.word!
  const extra = !first.definite && first.core.endsWith(core) ? first.core.length - core.length : 0
  const lead = first.prefix.length + extra
  if (lead === 0) return {start: word.start, text: target}
  const at = afterLetters(word.value, lead)
  const written = word.value.slice(0, at)
  const restIsArticle = normalize(word.value.slice(at)).startsWith('ال')
  const targetIsDefinite = normalize(target).startsWith('ال')
  if (written && normalize(written).endsWith('ل') && (targetIsDefinite || (first.definite && !restIsArticle))) {
    return {start: word.start, text: written + (targetIsDefinite ? target.slice(1) : target)}
  }
  return {start: word.start + at, text: target}
}

/** The written name of a mention from its first word's name start: `ومكتب X` → `مكتب X`. */
function nameText(text: string, first: Token, core: string, end: number): string {
  const {start} = replacement(first, core, '')
  const body = text.slice(start, end)
  // A lām that took the article's alef (`للجنة …`): give the article back.
  if (start === first.word!.start && first.prefix && first.definite && !normalize(body).startsWith('ال')) {
    const at = first.word!.start + afterLetters(first.word!.value, first.prefix.length)
    return (core.length > first.core.length ? 'ال' : 'ا') + text.slice(at, end)
  }
  return body
}

export default defineRule({
  id: 'org-name-consistency',
  description: 'Keep to one name for each organisation in a document',
  severity: 'warn',
  fixable: true,
  category: 'artefact',
  options: {
    properties: {
      builtIn: {type: 'boolean', description: 'Use the built-in list of bodies (users\' `organizations` files are always used).'},
      unknownBodies: {type: 'boolean', description: 'Compare names of bodies that no list knows (same head, one word or one spelling apart).'},
      pairedOnly: {
        type: 'boolean',
        description:
          'Report a near-miss, a former name or a wrong form of the built-in list only when the document also names the body as it names itself.'
      }
    },
    defaults: {builtIn: true, unknownBodies: true, pairedOnly: true}
  },
  messages: {
    wrong: {
      en: 'Unexpected `{actual}` for {name}, expected `{expected}`',
      ar: '`{actual}` في تسمية «{name}»، والصواب `{expected}`'
    },
    variant: {
      en: 'Unexpected `{actual}` for {name}, expected `{expected}` as the document names it elsewhere',
      ar: '`{actual}` في تسمية «{name}»، والصواب `{expected}` كما يرد في مواضع أخرى من المستند'
    },
    nearMiss: {
      en: 'Unexpected `{actual}` for {name}, expected `{expected}` as the document names it elsewhere ({why})',
      ar: '`{actual}` في تسمية «{name}»، والصواب `{expected}` كما يرد في مواضع أخرى من المستند ({why})'
    },
    nearMissBeside: {
      en: 'Unexpected `{actual}` for {name}, expected `{expected}` ({why}); the document names it `{model}` elsewhere',
      ar: '`{actual}` في تسمية «{name}»، والصواب `{expected}` ({why})؛ ويرد الاسم `{model}` في موضع آخر من المستند'
    },
    nearMissAlone: {
      en: 'Unexpected `{actual}`, a near-miss of {name}, expected `{expected}` ({why})',
      ar: '`{actual}` قريب من اسم «{name}»، والصواب `{expected}` ({why})'
    },
    former: {
      en: 'Unexpected `{actual}`, a former name of {name}, expected `{expected}` as the document names it elsewhere',
      ar: '`{actual}` اسم سابق لـ«{name}»، والصواب `{expected}` كما يرد في مواضع أخرى من المستند'
    },
    formerAlone: {
      en: 'Unexpected `{actual}`, a former name of {name}, expected `{expected}`',
      ar: '`{actual}` اسم سابق لـ«{name}»، والصواب `{expected}`'
    },
    spelling: {
      en: 'Unexpected spelling `{actual}` for {name}, expected `{expected}` as elsewhere in the document',
      ar: 'رسم `{actual}` في تسمية «{name}»، والصواب `{expected}` كما في سائر المستند'
    },
    inconsistent: {
      en: 'Unexpected `{actual}`, expected `{expected}` as elsewhere in the document ({why})',
      ar: '`{actual}`، والصواب `{expected}` كما في سائر المستند ({why})'
    },
    mixed: {
      en: 'Unexpected `{actual}` beside `{expected}` for {name}, keep to one form',
      ar: '`{actual}` إلى جانب `{expected}` في تسمية «{name}»، فالتزم صيغة واحدة'
    }
  },
  examples: {
    valid: [
      {
        text: 'وقّعت الحكومة مذكرة تفاهم مع مكتب الأمم المتحدة المعني بالمخدرات والجريمة لدعم أجهزة إنفاذ القانون.\nوأشاد المكتب بالتعاون القائم، وقال ممثل مكتب الأمم المتحدة الإقليمي إن البرنامج سيبدأ الشهر المقبل.\n',
        note: 'Short back-references to a body already named (`المكتب`, `مكتب الأمم المتحدة الإقليمي`) are not another name.'
      },
      {
        text: 'استضافت العاصمة حوارا بين الحكومة ومكتب الأمم المتحدة لمكافحة الإرهاب، وحضرت الجلسة الختامية ممثلة عن مكتب الأمم المتحدة المعني بالمخدرات والجريمة.\n',
        note: 'Two bodies that share words (UNOCT and UNODC) are two bodies.'
      },
      {
        text: 'عقد مجلس الأمن جلسة طارئة مساء الأحد، بينما أقر مجلس الوزراء الموازنة، وناقش مجلس الأمة مشروع القانون.\nوأكدت وزارة الخارجية ووزارة الداخلية التنسيق بينهما، ورحبت منظمة الصحة العالمية ومنظمة التجارة العالمية بالخطة.\n',
        note: 'A name one word away from a known body is another body when the word is no synonym and no other spelling of the body\'s word (`الأمة` / `الأمن`, `التجارة` / `الصحة`).'
      },
      {
        text: 'حصلت الحكومة على قرض من صندوق النقد الدولي، وعلى منحة من صندوق النقد العربي.\n',
        note: 'The Arab Monetary Fund is not a near-miss of the IMF: `العربي` is a word of content, not a synonym of `الدولي`.'
      },
      {
        text: 'أدانت جامعة الدول العربية الهجوم، ودعت الجامعة العربية إلى اجتماع طارئ.\nوعقد مجلس التعاون الخليجي اجتماعه الدوري، وأكد مجلس التعاون لدول الخليج العربية موقفه.\n',
        note: 'A short form beside the full name is how edited news names a body a second time.'
      },
      {
        text: 'أعلنت منظمة الأمم المتحدة للطفولة (اليونيسف) أن المدارس أعيد فتحها، وقالت اليونيسف إن الدعم سيستمر.\n',
        note: 'A one-word name (`اليونيسف`, `الأونروا`, `الناتو`) is used like an acronym beside the full name.'
      },
      {
        text: 'عقد المجلس الأوروبي قمته في بروكسل، واجتمع المجلس الوزاري الأوروبي في اليوم التالي.\n',
        note: 'Only a light word (`الدولي`, `العالمي`) dropped from a name makes a near-miss; `الوزاري` tells two councils apart.'
      },
      {
        text: 'رحبت مفوضية الأمم المتحدة لشؤون اللاجئين بالقرار، وقالت المفوضية إن العودة طوعية، كما رحبت المفوضية الأوروبية بالخطوة.\n',
        note: 'Clitics and the article do not matter (`ومكتب`, `للاتحاد`); a back-reference followed by more of a name (`المفوضية الأوروبية`) is another name.'
      },
      {
        text: 'أصدرت منظمة الصحة الدولية تقريرا عن انتشار الوباء، ورحب الاتحاد الأوربي به.\n',
        note: 'A near-miss or a wrong form of the built-in list in a document that never names the body as it names itself is left alone: it may be an outlet\'s house style, or another body.'
      },
      {
        text: 'أعلنت منظمة الطاقة الذرية الإيرانية استئناف التخصيب، وطالبت الوكالة الدولية للطاقة الذرية بتفتيش المنشآت.\n',
        note: 'Iran\'s atomic energy organisation is no near-miss of the IAEA: another head with a word dropped names another body.'
      },
      {
        text: 'أعلن الاتحاد الدولي لكرة القدم موعد البطولة، وقال اتحاد كرة القدم إن المنتخب جاهز.\n',
        note: 'The international adjective dropped from after the head, with its article, leaves a country\'s body (a federation), not a near-miss.'
      },
      {
        text: 'رحبت منظمة التعاون الإسلامي بالقرار، وكان الأمين العام السابق لمنظمة المؤتمر الإسلامي قد دعا إليه.\nوأدت منظمة الوحدة الأفريقية دورا في الوساطة عام 1990، قبل قيام الاتحاد الأفريقي.\n',
        note: 'A former name used of the past: beside a word of time past, or in a sentence with a year up to the rename.'
      },
      {
        text: 'تعمل الوكالة الدولية للطاقة الذرية مع الحكومة، وقالت الوكالة العالمية للطاقة الذرية إن التفتيش انتهى.\n',
        options: {builtIn: false, unknownBodies: false}
      }
    ],
    invalid: [
      {
        text: 'التقى الوزير مديرة مكتب الأمم المتحدة المعني بالمخدرات والجريمة، واتفق الجانبان على خطة مشتركة مع منظمة الأمم المتحدة لمكافحة المخدرات والجريمة.\n',
        messages: [
          '1:99-1:144: Unexpected `منظمة الأمم المتحدة لمكافحة المخدرات والجريمة` for UN Office on Drugs and Crime (UNODC), expected `مكتب الأمم المتحدة المعني بالمخدرات والجريمة` as the document names it elsewhere'
        ],
        output:
          'التقى الوزير مديرة مكتب الأمم المتحدة المعني بالمخدرات والجريمة، واتفق الجانبان على خطة مشتركة مع مكتب الأمم المتحدة المعني بالمخدرات والجريمة.\n',
        note: 'A listed wrong form beside the body\'s name is fixed to that name.'
      },
      {
        text: 'وأعلنت الأممالمتحدة أن القافلة وصلت إلى المدينة.\n',
        messages: ['1:8-1:20: Unexpected `الأممالمتحدة` for United Nations (UN), expected `الأمم المتحدة`'],
        output: 'وأعلنت الأمم المتحدة أن القافلة وصلت إلى المدينة.\n',
        note: 'A lost space inside a known name, wherever it is.'
      },
      {
        text: 'وقعت الحكومة اتفاقا مع الاتحاد الأوروبي.\nوقال سفير للاتحاد الأوربي إن الدعم سيستمر.\n',
        messages: [
          '2:11-2:26: Unexpected `للاتحاد الأوربي` for European Union (EU), expected `للاتحاد الأوروبي` as the document names it elsewhere'
        ],
        output: 'وقعت الحكومة اتفاقا مع الاتحاد الأوروبي.\nوقال سفير للاتحاد الأوروبي إن الدعم سيستمر.\n',
        note: 'The fix keeps the clitics of the first word.'
      },
      {
        text: 'قالت منظمة الصحة العالمية إن الوباء ينحسر.\nوأصدرت منظمة الصحة الدولية تقريرا عن انتشاره، وأشاد الوزير بمنظمة الصحة الدولية.\n',
        messages: [
          '2:8-2:27: Unexpected `منظمة الصحة الدولية` for World Health Organization (WHO), expected `منظمة الصحة العالمية` as the document names it elsewhere (`الدولية` in place of `العالمية`)',
          '2:61-2:80: Unexpected `منظمة الصحة الدولية` for World Health Organization (WHO), expected `منظمة الصحة العالمية` as the document names it elsewhere (`الدولية` in place of `العالمية`)'
        ],
        note: 'A synonym for one word of a known name (`الدولية` for `العالمية`), clitics aside: a suggestion, not a fix.'
      },
      {
        text: 'وافق البنك الدولي على القرض، وقال البنك العالمي إن المشروع يبدأ في مايو.\nودعت جامعة الدول العربية إلى اجتماع، وقالت رابطة الدول العربية إن القمة ستعقد.\n',
        messages: [
          '1:35-1:48: Unexpected `البنك العالمي` for World Bank, expected `البنك الدولي` as the document names it elsewhere (`العالمي` in place of `الدولي`)',
          '2:44-2:63: Unexpected `رابطة الدول العربية` for League of Arab States (LAS), expected `جامعة الدول العربية` as the document names it elsewhere (`رابطة` in place of `جامعة`)'
        ],
        note: 'A synonym for the one word after the head, or for the head of a body\'s full name.'
      },
      {
        text: 'تخضع المنشآت لرقابة الوكالة الدولية للطاقة الذرية.\nوقال التقرير إن وكالة الطاقة الذرية الدولية زارت المنشآت.\n',
        messages: [
          '2:17-2:44: Unexpected `وكالة الطاقة الذرية الدولية` for International Atomic Energy Agency (IAEA), expected `الوكالة الدولية للطاقة الذرية` as the document names it elsewhere (words in another order)'
        ],
        note: 'A reordered name.'
      },
      {
        text: 'أعلن صندوق الأمم المتحدة الاستئماني لمكافحة الإرهاب عن منح جديدة.\nوتبرعت الدولة بمليون دولار للصندوق الاستئماني لمكافحة الإرهاب.\n',
        messages: [
          '2:28-2:62: Unexpected `للصندوق الاستئماني لمكافحة الإرهاب` for UN Counter-Terrorism Trust Fund, expected `لصندوق الأمم المتحدة الاستئماني لمكافحة الإرهاب` as the document names it elsewhere (`الأمم المتحدة` left out)'
        ],
        note: 'A dropped word: the name keeps enough of its content to be this body.'
      },
      {
        text: 'رحبت منظمة التعاون الإسلامي بالقرار، ودعت منظمة المؤتمر الإسلامي إلى اجتماع طارئ.\nوقال سفير الاتحاد الأوروبي إن المجموعة الأوروبية تدعم الخطة.\n',
        messages: [
          '1:43-1:65: Unexpected `منظمة المؤتمر الإسلامي`, a former name of Organisation of Islamic Cooperation (OIC), expected `منظمة التعاون الإسلامي` as the document names it elsewhere',
          '2:31-2:49: Unexpected `المجموعة الأوروبية`, a former name of European Union (EU), expected `الاتحاد الأوروبي` as the document names it elsewhere'
        ],
        note: 'A former name beside the current one: a suggestion, since a text may speak of the past.'
      },
      {
        text: 'قالت منظمة الأمم المتحدة للطفولة (اليونيسف) إن آلاف الأطفال بلا مأوى، وأضافت اليونيسيف أن المساعدات تأخرت.\n',
        messages: [
          '1:78-1:87: Unexpected `اليونيسيف` for UN Children\'s Fund (UNICEF), expected `اليونيسف` as the document names it elsewhere (`اليونيسيف` in place of `اليونيسف`)'
        ],
        note: 'Another spelling of a loan word (one `ي` or `و` more or less).'
      },
      {
        text: 'أعلنت الأونروا خطة طوارئ، وقالت الاونروا إن التمويل لا يكفي.\n',
        messages: [
          '1:33-1:41: Unexpected spelling `الاونروا` for UN Relief and Works Agency for Palestine Refugees (UNRWA), expected `الأونروا` as elsewhere in the document'
        ],
        output: 'أعلنت الأونروا خطة طوارئ، وقالت الأونروا إن التمويل لا يكفي.\n',
        note: 'A one-word name written two ways in one document.'
      },
      {
        text: 'رحب الاتحاد الأفريقي بالاتفاق.\nوقال الاتحاد الإفريقي إن الهدنة صامدة.\n',
        messages: [
          '2:6-2:22: Unexpected `الاتحاد الإفريقي` beside `الاتحاد الأفريقي` for African Union (AU), keep to one form'
        ],
        note: 'Two accepted spellings of one name mixed: reported at `info`.'
      },
      {
        text: 'أصدرت منظمة الصحة الدولية تقريرا عن انتشار الوباء.\n',
        options: {pairedOnly: false},
        messages: [
          '1:7-1:26: Unexpected `منظمة الصحة الدولية`, a near-miss of World Health Organization (WHO), expected `منظمة الصحة العالمية` (`الدولية` in place of `العالمية`)'
        ],
        note: 'With `pairedOnly` off, a near-miss is reported even when the document never names the body as it names itself.'
      },
      {
        text: 'أصدرت محكمة العدل الأوروبية حكمها، وقالت محكمة العدل الأوربية إن القرار نهائي.\n',
        messages: [
          '1:42-1:62: Unexpected `محكمة العدل الأوربية`, expected `محكمة العدل الأوروبية` as elsewhere in the document (`الأوربية` in place of `الأوروبية`)'
        ],
        note: 'A body no list knows, with one word spelled two ways: the spelling of the listed names (`الأوروبي`) stays.'
      },
      {
        text: 'أشاد الوزير بجهود الوكالة الدولية للطاقة المتجددة، وقال إن الوكالة العالمية للطاقة المتجددة شريك مهم.\n',
        messages: [
          '1:60-1:92: Unexpected `الوكالة العالمية للطاقة المتجددة`, expected `الوكالة الدولية للطاقة المتجددة` as elsewhere in the document (`العالمية` in place of `الدولية`)'
        ],
        note: 'A body no list knows, with a synonym for one word.'
      },
      {
        text: 'تتعاون الوزارة مع المنظمة العربية للتنمية الإدارية، وقالت المنظمة العربية الدولية للتنمية الإدارية إن الدورة تبدأ غدا.\n',
        messages: [
          '1:59-1:99: Unexpected `المنظمة العربية الدولية للتنمية الإدارية`, expected `المنظمة العربية للتنمية الإدارية` as elsewhere in the document (`الدولية` added)'
        ],
        note: 'A body no list knows, with a light word added inside its name.'
      },
      {
        text: 'دعا الاتحاد الأوروبي إلى التهدئة، وقال رئيس بعثة الاتحاد الأوربي إن الحوار هو الحل.\n',
        options: {builtIn: false},
        messages: [
          '1:50-1:65: Unexpected `الاتحاد الأوربي`, expected `الاتحاد الأوروبي` as elsewhere in the document (`الأوربي` in place of `الأوروبي`)'
        ],
        note: 'Without the built-in list, the names in the document are compared with each other.'
      }
    ]
  },
  check(tree, context, options) {
    const doc = getDocument(tree, context.text)
    const index = indexFor(context, options.builtIn !== false)
    const mentions: Mention[] = []
    const unknown: Mention[] = []
    const words = doc.words
    // Cheap tests first, in one pass over the words: most cannot open a name,
    // and most sentences hold none that can.
    for (let w = nextOpener(words, 0, index); w < words.length; ) {
      const sentence = words[w].sentence
      const base = sentence.words[0].index
      const end = base + sentence.words.length
      const openers: number[] = []
      for (; w < end; w = nextOpener(words, w + 1, index)) openers.push(w - base)
      const st = new SentenceTokens(sentence, context.text, openers)
      // The first token not yet part of a mention.
      let from = 0
      for (const opener of openers) {
        const i = st.tokenOf(opener)
        if (i < from) continue
        from = i + 1
        const t = st.at(i)!
        if (!t.core) continue
        let exact = exactAt(st, i, index)
        const head = isHead(t)
        const chain = head || index.anchors.has(t.core) || t.core === UN ? chainAt(st, i, index) : undefined
        // A back-reference (`المفوضية`) followed by more of a name is another name (`المفوضية الأوروبية`).
        if (exact?.form!.kind === 'reference' && chain && chain.length > exact.tokens.length) exact = undefined
        // A former name followed by more of a name is another name, of no body the list knows
        // (`المجموعة الأوروبية الثانية`, a qualifying group; `المجموعة الأوروبية للصناعات الجوية`).
        if (exact?.kind === 'former' && chain && chain.length > exact.tokens.length && continuesName(chain[exact.tokens.length])) {
          from = i + chain.length
          continue
        }
        const near = chain && (!exact || (exact.kind !== 'variant' && exact.kind !== 'former')) ? nearMissOf(chain, index) : undefined
        if (near && near.used > (exact?.tokens.length ?? 0)) {
          mentions.push(makeMention('near', chain!.slice(0, near.used), false, near.form.body, near.form, near.respelled))
          from = i + near.used
          continue
        }
        if (exact) {
          const next = chain?.[exact.tokens.length]
          if (next && next.prefix === '' && LIGHT.has(next.core)) exact.partial = true
          mentions.push(exact)
          from = i + exact.tokens.length
          continue
        }
        // A one-word name respelled (`اليونيسيف` for `اليونيسف`).
        if (t.definite && t.core.length >= 5) {
          const single = singlesFor(index, t.core)?.find((form) => form.kind !== 'reference' && spellingVariant(t.core, form.tokens[0].core))
          if (single) {
            mentions.push(makeMention('near', [t], false, single.body, single, true))
            continue
          }
        }
        // Names of bodies no list knows, outside headings (titles shorten and paraphrase).
        if (head && chain && chain.length >= 2 && options.unknownBodies !== false && !isHeadingLike(sentence.paragraph)) {
          unknown.push(makeMention('unknown', chain, true))
        }
      }
    }
    const found: Findings = {claims: [], unpaired: []}
    reportKnown(context, index, mentions, options.pairedOnly !== false, found)
    if (options.unknownBodies !== false) {
      for (const mention of found.unpaired) {
        const first = mention.tokens[0]
        if (mention.tokens.length >= 2 && isHead(first) && !isHeadingLike(first.word!.sentence.paragraph)) {
          unknown.push(makeMention('unknown', mention.tokens, true, mention.body))
        }
      }
      reportUnknown(context, index, unknown, found)
    }
    // Turned off for the file by a directive, the rule runs but must not shape another rule's findings.
    const disabled = context.file.data.disabledRules as string[] | undefined
    if (!disabled || (disabled.length > 0 && !disabled.includes('org-name-consistency'))) claimNames(tree, found.claims)
  }
})

/** What the rule found in a document, for the report and for the claims of one voice (see name-claims.ts). */
interface Findings {
  claims: NameClaim[]
  /**
   * Mentions of a known body in a document that never names it as it names
   * itself: compared with each other as names no list knows are, so that an
   * outlet's own form written two ways is still one body under two names.
   */
  unpaired: Mention[]
}

function reportKnown(context: RuleContext, index: Index, mentions: Mention[], pairedOnly: boolean, found: Findings) {
  const byBody = new Map<Body, Mention[]>()
  for (const mention of mentions) {
    const list = byBody.get(mention.body!)
    if (list) list.push(mention)
    else byBody.set(mention.body!, [mention])
  }
  for (const [body, list] of byBody) {
    // Forms the document writes as listed, most used first.
    const used = new Map<string, {form: Form; count: number; first: number}>()
    list.forEach((mention, order) => {
      const form = mention.form!
      if (mention.kind !== 'exact' || !mention.spelled || mention.partial || form.kind === 'reference') return
      const entry = used.get(form.text)
      if (entry) entry.count++
      else used.set(form.text, {form, count: 1, first: order})
    })
    const ranked = [...used.values()].sort((a, b) => b.count - a.count || a.first - b.first)
    const dominant = ranked[0]?.form
    // The body's name as the document writes it, of the same shape as a
    // mention: a name of several words for a name of several words, a one-word
    // name (`الإنتربول`, `اليونسكو`) for a one-word one. A full name is not
    // corrected to the body's acronym-like name, nor the other way round.
    const modelFor = (form: Form) => ranked.find((entry) => isMultiword(entry.form) === isMultiword(form))?.form
    // In Arabic messages, the body's canonical Arabic name (its label is English).
    const name: Localized = {en: body.label, ar: body.org.canonical}
    const canonical = body.org.canonical
    for (const mention of list) {
      const form = mention.form!
      const first = mention.tokens[0]
      const core = nameCore(first, index)
      const end = mention.tokens[mention.tokens.length - 1].end
      // Only a listed wrong form (or a lost space, or a respelled loan word) is a fix; the rest are suggestions.
      const report = (messageId: string, targets: string[], fix: boolean, data: Record<string, PlaceholderValue> = {}, severity?: 'info') => {
        // A one-word name written without its article keeps it off (`انتربول` → `إنتربول`).
        const bare = mention.tokens.length === 1 && !first.definite
        const fitted = bare ? targets.map((t) => (!t.includes(' ') && t.startsWith('ال') ? t.slice(2) : t)) : targets
        const edits = unique(fitted).map((target) => replacement(first, core, target))
        const start = edits[0].start
        const expected = edits.map((e) => (e.start === start ? e.text : context.text.slice(start, e.start) + e.text))
        context.report({messageId, start, end, expected, data: {name, ...data}, severity, suggest: !fix})
        found.claims.push({start, end, kind: 'reported'})
      }
      if (mention.kind === 'glued') report('wrong', [form.text], true)
      else if (mention.kind === 'variant') {
        // A built-in wrong form is many an outlet's own usage (`الاتحاد الأوربي`,
        // `برنامج الغذاء العالمي`): a finding beside the body's name. A user's list is the house style.
        // The accepted form spelled like the variant (`الانتربول` → `الإنتربول`),
        // else the form the document uses, else the canonical name.
        const sameKey = body.forms.find((f) => (f.kind === 'canonical' || f.kind === 'accepted') && f.key === form.key)
        const model = modelFor(form)
        if (!model && !(sameKey && dominant) && body.builtIn && pairedOnly) {
          found.unpaired.push(mention)
          continue
        }
        report(model ? 'variant' : 'wrong', [sameKey?.text ?? model?.text ?? dominant?.text ?? canonical], true)
      } else if (mention.kind === 'former') {
        // An old name beside the current one, unless the sentence speaks of the past
        // or is a title (`منظمة الوحدة الأفريقية: 55 سنة من الوجود`).
        const model = modelFor(form)
        const sentence = first.word!.sentence
        if ((!model && pairedOnly) || isHeadingLike(sentence.paragraph) || speaksOfThePast(mention.tokens, body.org.renamed)) continue
        report(model ? 'former' : 'formerAlone', [model?.text ?? canonical, ...(model ? [] : body.org.accepted.filter((a) => a.trim().includes(' ')))], false)
      } else if (mention.kind === 'near') {
        // A near-miss is a finding beside the body's name; alone it may be a
        // house style (`اليونيسيف`) or a name the list does not hold.
        const model = modelFor(form)
        if (!model && (pairedOnly || (mention.respelled && !dominant))) {
          found.unpaired.push(mention)
          continue
        }
        // The name it comes close to when the body uses it (the smallest change:
        // `حلف شمالي الأطلسي` → `حلف شمال الأطلسي`), else the name the document uses, else the canonical one.
        const closest = form.kind === 'variant' ? [] : [form.text]
        const lead = closest.length > 0 ? closest : [model?.text ?? dominant?.text ?? canonical]
        const why = describeChange(mention.tokens, form.tokens)
        const messageId = !model ? 'nearMissAlone' : model.text === lead[0] ? 'nearMiss' : 'nearMissBeside'
        report(messageId, [...lead, ...(model ? [model.text] : []), canonical, ...body.org.accepted.filter((a) => a.trim().includes(' '))], false, {
          why,
          model: model?.text ?? ''
        })
      } else if (form.kind === 'reference') {
        continue
      } else if (!mention.spelled) {
        // A one-word name (a loan word) spelled otherwise than elsewhere in the
        // document (`الاونروا`), or a name with a hamza on another seat
        // (`لشئون`): the letters only, so a fix. A hamza left out or a yā' slip
        // in a name of several words is a slip in a common word (`الامم
        // المتحدة`), which `hamza` and `alif-maqsura` report and fix.
        const model = ranked.find((entry) => entry.form.key === form.key)
        const seats = () => mention.tokens.every((t, k) => spelledAlike(t, form.tokens[k]) || seatsOnly(t, form.tokens[k]))
        if (model && (!isMultiword(form) || seats())) report('spelling', [model.form.text], true)
      } else {
        // Written as listed. Two accepted spellings of one name mixed
        // (`الاتحاد الأفريقي` / `الاتحاد الإفريقي`, `الأمريكية` / `الأميركية`): the
        // one written less often is reported. A short form beside the full one (`الجامعة العربية`, `حلف
        // الناتو`) is how edited news names a body a second time, not a mix.
        const model = ranked.find((entry) => entry.form.key === form.key || respelledName(entry.form.tokens, form.tokens))?.form ?? form
        if (model !== form && isMultiword(form)) report('mixed', [model.text], false, {}, 'info')
        else found.claims.push({start: replacement(first, core, '').start, end, kind: 'model'})
      }
    }
  }
}

/** Two names of one body that differ in the spelling of one word (`الأمريكية` / `الأميركية`, `الأفريقي` / `الإفريقي`). */
function respelledName(a: Token[], b: Token[]): boolean {
  if (a.length !== b.length) return false
  let differing = 0
  for (let k = 0; k < a.length; k++) {
    if (same(a[k], b[k]) && a[k].spell === b[k].spell) continue
    if (loose(a[k].core) !== loose(b[k].core) && a[k].core !== b[k].core) return false
    differing++
  }
  return differing === 1
}

/** Whether a form is a name of several words (`الأمم المتحدة` is one token of two). */
function isMultiword(form: Form): boolean {
  return form.text.includes(' ')
}

/**
 * Words that place a mention of a former name in the past, where that name is
 * the right one (`تأسست منظمة الوحدة الأفريقية`, `الأمين العام السابق لمنظمة
 * المؤتمر الإسلامي`, `(المؤتمر الإسلامي سابقا)`), read within PAST_WINDOW
 * words of the name: further away they belong to something else (`ووزيرا سابقا`).
 */
const PAST = new Set(
  [
    'سابقا', 'السابق', 'السابقة', 'سابق', 'سابقة', 'قديما', 'آنذاك', 'حينها', 'حينذاك', 'وقتها', 'وقتذاك', 'تأسيس',
    'تأسست', 'تأسس', 'أسست', 'أنشئت', 'أنشئ', 'تحولت', 'تحول', 'خلفت', 'حلت', 'سميت', 'سمي',
    'المعروفة', 'المعروف', 'اسم', 'اسمها', 'اسمه', 'تغير', 'تاريخ', 'تطور',
    'تطورت', 'نشأة', 'قيام'
  ].map((w) => normalize(w))
)
const PAST_WINDOW = 3

/** A four-digit year (Western or Arabic-Indic digits) in a sentence. */
const YEAR = /(?<![0-9٠-٩])([12][0-9٠-٩]{3}|[١٢][0-9٠-٩]{3})(?![0-9٠-٩])/gu

/**
 * Whether a former name is used of the past: a word of PAST near it (after a
 * conjunction too), or a year up to the rename in its sentence.
 */
function speaksOfThePast(mention: Token[], renamed: number | undefined): boolean {
  const sentence = mention[0].word!.sentence
  const words = sentence.words
  const first = mention[0].word!.index - words[0].index
  // `الأمم المتحدة` is one token of two words.
  const last = first + mention.reduce((n, t) => n + (t.core === UN ? 2 : 1), 0) - 1
  for (let i = Math.max(0, first - PAST_WINDOW); i <= Math.min(words.length - 1, last + PAST_WINDOW); i++) {
    const key = words[i].key
    if (PAST.has(key) || ((key.startsWith('و') || key.startsWith('ف')) && PAST.has(key.slice(1)))) return true
  }
  if (renamed === undefined) return false
  for (const match of sentence.text.matchAll(YEAR)) {
    const year = Number(match[1].replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)))
    if (year <= renamed) return true
  }
  return false
}

/**
 * What tells a mention from the form it comes close to, in the words of both:
 * `` `الدولية` in place of `العالمية` ``, `` `المعني` left out ``, `words in another order`.
 */
function describeChange(mention: Token[], form: Token[]): Localized {
  if (mention.length === form.length && sameWords(mention, form)) return {en: 'words in another order', ar: 'الكلمات بترتيب آخر'}
  // The longest common subsequence (names are short), then what is left on each side.
  const n = mention.length
  const m = form.length
  const table: number[][] = Array.from({length: n + 1}, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) table[i][j] = same(mention[i], form[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1])
  }
  const added: string[] = []
  const dropped: string[] = []
  for (let i = 0, j = 0; i < n || j < m; ) {
    if (i < n && j < m && same(mention[i], form[j])) {
      i++
      j++
    } else if (j < m && (i === n || table[i][j + 1] >= table[i + 1][j])) dropped.push(form[j++].text)
    else added.push(mention[i++].text)
  }
  if (added.length === dropped.length) {
    return {
      en: added.map((word, k) => `\`${word}\` in place of \`${dropped[k]}\``).join(', '),
      ar: added.map((word, k) => `\`${word}\` بدلًا من \`${dropped[k]}\``).join('، ')
    }
  }
  return {
    en: [...added.map((word) => `\`${word}\` added`), ...dropped.map((word) => `\`${word}\` left out`)].join(', '),
    ar: [...added.map((word) => `\`${word}\` زائدة`), ...dropped.map((word) => `\`${word}\` ناقصة`)].join('، ')
  }
}

/** Whether two names hold the same words, in any order. */
function sameWords(a: Token[], b: Token[]): boolean {
  const rest = b.slice()
  for (const token of a) {
    const at = rest.findIndex((other) => same(token, other))
    if (at < 0) return false
    rest.splice(at, 1)
  }
  return rest.length === 0
}

function unique(list: string[]): string[] {
  return [...new Set(list)]
}

// ---------------------------------------------------------------------------
// Bodies no list knows: the same head, one word or one spelling apart.

interface Variant {
  /** The mention to report and how many of its tokens form the name. */
  mention: Mention
  length: number
  /** The other mention's name text. */
  other: Mention
  otherLength: number
  /** The index of the one word the two names spell two ways, when that is all that differs. */
  respelledAt?: number
}

function reportUnknown(context: RuleContext, index: Index, unknown: Mention[], found: Findings) {
  const written = (m: Mention, n: number) => m.tokens.slice(0, n).map((t) => t.spell).join(' ')
  // Mentions by head, then by the whole name as written (compared once per distinct name).
  const groups = new Map<string, Map<string, Mention[]>>()
  for (const mention of unknown) {
    const head = classCore(mention.tokens[0], HEADS)!
    let byName = groups.get(head)
    if (!byName) groups.set(head, (byName = new Map()))
    const key = written(mention, mention.tokens.length)
    const list = byName.get(key)
    if (list) list.push(mention)
    else byName.set(key, [mention])
  }
  const reported = new Set<Mention>()
  for (const byName of groups.values()) {
    const names = [...byName.values()]
    if (names.length < 2 || names.length > 300) continue
    const all = names.flat()
    // How often a name (its first n words as written) occurs under this head.
    const counts = new Map<string, number>()
    const count = (m: Mention, n: number) => {
      const key = `${n}\u0000${written(m, n)}`
      let value = counts.get(key)
      if (value === undefined) {
        value = all.filter((x) => x.tokens.length >= n && written(x, n) === written(m, n)).length
        counts.set(key, value)
      }
      return value
    }
    for (let a = 0; a < names.length; a++) {
      for (let b = a + 1; b < names.length; b++) {
        const variant = compare(names[a][0], names[b][0])
        // An indefinite name beside a definite one is a description beside a name (`محكمة أعلى`, `المحكمة العليا`).
        if (!variant || variant.mention.tokens[variant.length - 1].definite !== variant.other.tokens[variant.otherLength - 1].definite) continue
        // Report the name written less often (the later one on a tie); a word
        // spelled two ways keeps the spelling of the listed names (`الأوروبي`,
        // as in `الاتحاد الأوروبي`), so that no name is advised away from it.
        let {mention, length, other, otherLength} = variant
        const cm = count(mention, length)
        const co = count(other, otherLength)
        const at = variant.respelledAt
        const listed = (m: Mention) => at !== undefined && index.spellings.has(m.tokens[at].spell)
        const keepMention = listed(mention) !== listed(other) ? listed(mention) : cm > co || (cm === co && mention.tokens[0].start < other.tokens[0].start)
        if (keepMention) {
          ;[mention, other] = [other, mention]
          ;[length, otherLength] = [otherLength, length]
        }
        const target = nameText(context.text, other.tokens[0], nameCore(other.tokens[0], index), other.tokens[otherLength - 1].end)
        const why = describeChange(mention.tokens.slice(0, length), other.tokens.slice(0, otherLength))
        for (const each of byName.get(written(mention, mention.tokens.length))!) {
          if (reported.has(each)) continue
          reported.add(each)
          const first = each.tokens[0]
          const {start, text} = replacement(first, nameCore(first, index), target)
          const end = each.tokens[length - 1].end
          context.report({messageId: 'inconsistent', start, end, expected: [text], data: {why}, suggest: true})
          found.claims.push({start, end, kind: 'reported'})
        }
        // The name the others are corrected to keeps its spelling.
        for (const each of byName.get(written(other, other.tokens.length))!) {
          const first = each.tokens[0]
          found.claims.push({start: replacement(first, nameCore(first, index), '').start, end: each.tokens[otherLength - 1].end, kind: 'model'})
        }
      }
    }
  }
}

/** Two names with one head, one word or one spelling apart; undefined when they are the same or further apart. */
function compare(a: Mention, b: Mention): Variant | undefined {
  const A = a.tokens
  const B = b.tokens
  const m = Math.min(A.length, B.length)
  let j = 0
  while (j < m && same(A[j], B[j])) j++
  if (j === m) {
    return dropped(A, B, a, b) ?? dropped(B, A, b, a)
  }
  const x = A[j]
  const y = B[j]
  const nextSame = j + 1 < A.length && j + 1 < B.length && same(A[j + 1], B[j + 1])
  const bothEnd = j === A.length - 1 && j === B.length - 1
  // The name goes on as long as both go on alike after the differing word.
  let n = j + 1
  while (n < A.length && n < B.length && same(A[n], B[n])) n++
  if (spellingVariant(x.core, y.core)) {
    // One word spelled two ways after the same words.
    if (j === 0 && !nextSame) return undefined
    return {mention: b, length: n, other: a, otherLength: n, respelledAt: j}
  }
  // Two names of one known body may swap any synonym its list knows (`الجزائية` for `الجنائية`).
  const general = !(a.body && a.body === b.body)
  if (j >= 1 && synonyms(x, y, false, general) && (nextSame || bothEnd)) {
    return {mention: b, length: n, other: a, otherLength: n}
  }
  return dropped(A, B, a, b) ?? dropped(B, A, b, a)
}

/** `long` less one adjective inside it (not its first or last word) is `short`. */
function dropped(long: Token[], short: Token[], l: Mention, s: Mention): Variant | undefined {
  if (long.length < 3 || short.length !== long.length - 1 || long.length >= 10) return undefined
  for (let j = 1; j <= long.length - 2; j++) {
    // Only a light word (`العالمية`, `الدولي`): other words tell bodies apart
    // (`المجلس الأوروبي` / `المجلس الوزاري الأوروبي`).
    if (!long[j].definite || long[j].prefix !== '' || !LIGHT.has(long[j].core)) continue
    // `الاتحاد الدولي لكرة القدم` less `الدولي` is a country's federation.
    if (j === 1 && namesAnother(long[1], short[0], long[0])) continue
    // Every country has a ministry of foreign affairs: a word less may be another country's.
    if (long[0].alts.includes(MINISTRY)) continue
    let ok = true
    for (let k = 0, q = 0; k < long.length && ok; k++) {
      if (k === j) continue
      ok = same(long[k], short[q])
      q++
    }
    if (ok) return {mention: s, length: short.length, other: l, otherLength: long.length}
  }
  return undefined
}
