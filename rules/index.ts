// Every rule, in the order they are listed and documented.
import type {Rule} from '../src/engine/define-rule.ts'
import tatweel from './tatweel.ts'
import whitespace from './whitespace.ts'
import invisibleCharacters from './invisible-characters.ts'
import mixedDigits from './mixed-digits.ts'
import sentenceLength from './sentence-length.ts'
import boilerplate from './boilerplate.ts'
import mixedScript from './mixed-script.ts'
import hamza from './hamza.ts'
import alifMaqsura from './alif-maqsura.ts'
import duplicatedPhrase from './duplicated-phrase.ts'
import punctuationSpacing from './punctuation-spacing.ts'
import latinPunctuation from './latin-punctuation.ts'
import detachedConjunction from './detached-conjunction.ts'
import bracketBalance from './bracket-balance.ts'
import spellingConsistency from './spelling-consistency.ts'
import orgNameConsistency from './org-name-consistency.ts'
import strayPeriod from './stray-period.ts'
import truncatedSentence from './truncated-sentence.ts'

export const rules: Rule<any>[] = [tatweel, whitespace, invisibleCharacters, mixedDigits, sentenceLength, boilerplate, mixedScript, hamza, alifMaqsura, duplicatedPhrase, punctuationSpacing, latinPunctuation, detachedConjunction, bracketBalance, spellingConsistency, orgNameConsistency, strayPeriod, truncatedSentence]

export const ruleById = new Map(rules.map((rule) => [rule.id, rule]))
