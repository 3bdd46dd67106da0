// Every rule, in the order they are listed and documented: the artefacts of
// machine translation and scraping, then typography and orthography, then the
// bilingual rules that compare a translation with its source.
import type {Rule} from '../src/engine/define-rule.ts'
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
