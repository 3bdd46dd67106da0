// Every rule, in the order they are listed and documented: the artefacts of
// machine translation and scraping, then typography and orthography, then the
// bilingual rules that compare a translation with its source.
import type {Rule} from '../src/engine/define-rule.ts'
import type {PackConfig, RulePack} from '../src/engine/pack.ts'
import strayPeriod from './stray-period.ts'
import duplicatedPhrase from './duplicated-phrase.ts'
import truncatedSentence from './truncated-sentence.ts'
import mixedScript from './mixed-script.ts'
import orgNameConsistency from './org-name-consistency.ts'
import boilerplate from './boilerplate.ts'
import punctuationSpacing from './punctuation-spacing.ts'
import latinPunctuation from './latin-punctuation.ts'
import tatweel from './tatweel.ts'
import detachedConjunction from './detached-conjunction.ts'
import hamza from './hamza.ts'
import alifMaqsura from './alif-maqsura.ts'
import spellingConsistency from './spelling-consistency.ts'
import mixedDigits from './mixed-digits.ts'
import whitespace from './whitespace.ts'
import invisibleCharacters from './invisible-characters.ts'
import bracketBalance from './bracket-balance.ts'
import sentenceLength from './sentence-length.ts'
import wordOrder from './word-order.ts'
import numberMismatch from './number-mismatch.ts'
import untranslated from './untranslated.ts'
import untranslatedWords from './untranslated-words.ts'
import placeholderMismatch from './placeholder-mismatch.ts'
import urlMismatch from './url-mismatch.ts'
import endPunctuation from './end-punctuation.ts'
import sentenceCount from './sentence-count.ts'
import bracketMismatch from './bracket-mismatch.ts'
import lengthRatio from './length-ratio.ts'
import inconsistentTranslation from './inconsistent-translation.ts'
import sameTarget from './same-target.ts'
import terminology from './terminology.ts'

export const rules: Rule<any>[] = [
  strayPeriod,
  duplicatedPhrase,
  truncatedSentence,
  wordOrder,
  mixedScript,
  orgNameConsistency,
  boilerplate,
  punctuationSpacing,
  latinPunctuation,
  tatweel,
  detachedConjunction,
  hamza,
  alifMaqsura,
  spellingConsistency,
  mixedDigits,
  whitespace,
  invisibleCharacters,
  bracketBalance,
  sentenceLength,
  // Bilingual: each target segment against its source (XLIFF, PO, TMX, TSV, CSV).
  numberMismatch,
  untranslated,
  untranslatedWords,
  placeholderMismatch,
  urlMismatch,
  endPunctuation,
  sentenceCount,
  bracketMismatch,
  lengthRatio,
  inconsistentTranslation,
  sameTarget,
  terminology
]

export const ruleById = new Map(rules.map((rule) => [rule.id, rule]))

/** A preset switching these rules on at their default severity. */
function preset(description: string, ids: string[]): PackConfig {
  return {description, rules: Object.fromEntries(ids.map((id) => [id, ruleById.get(id)!.severity]))}
}

/** Every rule but those named, switched on (a rule off by default at `warn`). */
function everyRuleBut(description: string, except: string[]): PackConfig {
  const on = rules.filter((rule) => !except.includes(rule.id))
  return {description, rules: Object.fromEntries(on.map((rule) => [rule.id, rule.severity === 'off' ? 'warn' : rule.severity]))}
}

// Which preset each rule is in was decided by linting 300 professionally
// edited news articles (../shared/corpus/clean) with every rule on and reading
// the findings (README, "Presets"): what edited news writes in article after
// article is a house's habit, not an error, and a gate that fails on it is
// switched off. `tests/presets.test.ts` measures the gate's pass rate again.
export const configs: Record<string, PackConfig> = {
  recommended: preset('The gate for new documents: artefacts of machine translation and a document at odds with itself', [
    'stray-period',
    'duplicated-phrase',
    'truncated-sentence',
    'word-order',
    'mixed-script',
    'org-name-consistency',
    'invisible-characters',
    'mixed-digits',
    // Bilingual files: a translation against its source.
    'number-mismatch',
    'untranslated',
    'untranslated-words',
    'placeholder-mismatch',
    'url-mismatch',
    'end-punctuation',
    'sentence-count',
    'bracket-mismatch',
    'length-ratio',
    'inconsistent-translation',
    'same-target',
    'terminology'
  ]),
  // Spaces, punctuation and decoration: edited news writes these its own way (a space before `.`, `,` for `،`, kashida in headlines).
  typography: preset('House typography: spacing, Arabic punctuation, kashida, a detached و, paired quotes and brackets', [
    'punctuation-spacing',
    'latin-punctuation',
    'tatweel',
    'detached-conjunction',
    'whitespace',
    'bracket-balance'
  ]),
  // Spelling habits an outlet keeps throughout (no hamza on alef, ى for final ي, إستراتيجية and استراتيجية).
  orthography: preset('House spelling: hamza, alif maqsura and one spelling of a word throughout', ['hamza', 'alif-maqsura', 'spelling-consistency']),
  // What runs with no config file (or a config without `extends`): everything a reader of a
  // scraped or machine-translated document would fix, so `translint doc.txt` shows it all; a
  // gate on new documents extends `recommended` instead.
  default: everyRuleBut('With no configuration: every rule but the style advice of sentence-length (the gate, page furniture, house typography and spelling)', ['sentence-length']),
  all: everyRuleBut('Every rule on', [])
}

/** The built-in Arabic rules, the first pack the engine is handed. */
const arabic: RulePack = {name: 'translint', rules, configs}
export default arabic
