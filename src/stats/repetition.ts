// What edited text says about a word or phrase said twice: duplicated-phrase
// excuses a repetition only when edited news makes it (a doubled word in the
// same context, or often enough anywhere; a repeated phrase at all), and
// otherwise says why it reports it. The few doublings the counts cannot see
// are decided by hand in src/language/idioms.ts.
//
// The thresholds come from the counts themselves (7.8 million words of edited
// news): slips that editors missed double a word in about 1 use in 10,000
// (`في في` 37 times in 304,000 uses, `الرئيس الرئيس` 4 in 15,000), and at most
// about 1 in 1,000 for a word caught in a repeated template (`المملكة العربية
// العربية` 6 times in 6,200 uses of `العربية`); words doubled on purpose are
// doubled far more often (`جدا جدا` 1.4% of uses, `خطوة خطوة` 0.6%,
// `رويدا رويدا` 38%, the letters of `بي بي سي` 30%).
import {Col, NO_WORD} from './columns.ts'
import type {CorpusStats} from './corpus-stats.ts'
import {normalize} from '../language/arabic.ts'

/** Counts are stored on a log scale (1, 1.95, 3.1, …): "at least once" and "at least twice" read as at least these. */
const ONCE = 0.5
const TWICE = 1.5
/** A word doubled in at least this share of its uses is doubled on purpose. */
export const DOUBLED_SHARE = 0.005
/** A single doubling attests a word doubled in at least this share of its uses (a name seen a handful of times). */
const SINGLE_SHARE = 0.25
/** A doubling that follows a given word in at least this share of the pair's uses is that context's own (`صواريخ أرض أرض`, `سي إن إن`). */
export const CONTEXT_SHARE = 0.1
/**
 * Uses after which a word that edited text does not double is known not to:
 * a word doubled in 0.5% of its uses goes 600 uses without a doubling about
 * one time in twenty. Below that, the counts cannot tell, and the grammar of
 * the word decides (src/language/idioms.ts).
 */
export const WELL_KNOWN = 600
/** A noun followed by `بين` in at least this share of its uses names a relation (`العلاقات بين` 29%, `الحوار بين` 8%; `الشعب` 0%). */
export const RELATION_SHARE = 0.02
/** Uses a noun needs before its share of `بين` is read. */
const RELATION_USES = 30
const BAYNA = normalize('بين')

export interface DoublingEvidence {
  /** Whether edited text doubles the word in this context, or often enough anywhere. */
  attested: boolean
  /** How often edited text doubles the word, and uses it at all (approximate: stored on a log scale). */
  doubled: number
  uses: number
}

/**
 * What edited text says of `key key` after the word `previous` (a key, or
 * NO_WORD after a mark or at the start of a sentence).
 */
export function doublingEvidence(stats: CorpusStats, previous: string, key: string): DoublingEvidence {
  const row = stats.wordRow(key)
  const doubled = row[Col.Doubled]!
  const uses = row[Col.Count]!
  if (attests(doubled, uses, DOUBLED_SHARE)) return {attested: true, doubled, uses}
  const inContext = stats.doubledAfter(previous, key)
  if (inContext >= ONCE) {
    // After a word: a share of that pair's uses. After a mark (`«سلمية سلمية»`):
    // a share of the uses that open a sentence, clause or paragraph, as
    // broad a context as the word's uses at large.
    const attested =
      previous === NO_WORD
        ? attests(inContext, row[Col.SentenceStart]! + row[Col.ClauseStart]! + row[Col.ParagraphStart]!, DOUBLED_SHARE)
        : attests(inContext, Math.max(stats.pair(previous, key), inContext), CONTEXT_SHARE)
    if (attested) return {attested: true, doubled, uses}
  }
  return {attested: false, doubled, uses}
}

/**
 * Whether `count` doublings among `uses` are more than slips: at least two
 * at `share` of the uses, or a single one in a quarter of them or more (`هام
 * ساث ساث هين`, a film named twice: a slip in a word that rare is unlikely).
 */
function attests(count: number, uses: number, share: number): boolean {
  return (count >= TWICE && count >= share * uses) || (count >= ONCE && count >= SINGLE_SHARE * uses)
}

/** Whether edited text says this sequence of keys twice in a row (`الله أكبر الله أكبر`). */
export function isRepeatedPhrase(stats: CorpusStats, keys: readonly string[]): boolean {
  return stats.repeatedPhrase(keys) >= TWICE
}

/**
 * Whether edited text writes a word joined to itself as it stands here, the
 * pair of keys `first second` (`شيئا فشيئا`, `أكثر فأكثر`, `اليمين واليمين
 * المتطرف`): the count of that pair of neighbours. Edited news almost never
 * joins a phrase of several words to itself (one Arabic sequence, `القانون
 * الدولي والقانون الدولي الإنساني`, at least twice in 7.8 million words), so
 * only single words are looked up.
 */
export function isCoordinatedPair(stats: CorpusStats, first: string, second: string): boolean {
  const pair = stats.pair(first, second)
  return pair >= TWICE && pair >= COORDINATED_SHARE * stats.word(first)
}

/**
 * A frequent word joined to itself twice in 7.7 million words is another
 * construction that happens to meet it (`رئيس الوزراء والوزراء`, the prime
 * minister and the ministers: 2 of 4,391 uses of `الوزراء`), not a habit of
 * the word; `المزيد والمزيد` (5 of 1,156) and `اليمين واليمين المتطرف` (17 of
 * 490) are.
 */
const COORDINATED_SHARE = 0.003

/**
 * Whether a noun names a relation between parties, after which a doubled
 * nisba names relations inside one group (`الحوار الفلسطيني الفلسطيني`,
 * `العلاقات الخليجية الخليجية`): edited text follows it with `بين` often
 * (`العلاقات بين`, `المحادثات بين`), which it never does for `الشعب` or
 * `قرار`.
 */
export function isRelationNoun(stats: CorpusStats, key: string): boolean {
  // `والمحادثات` as `المحادثات`: a conjunction before the article is one for sure.
  const word = key.startsWith('وال') || key.startsWith('فال') ? key.slice(1) : key
  const uses = stats.word(word)
  return uses >= RELATION_USES && stats.pair(word, BAYNA) >= RELATION_SHARE * uses
}

/** An elative (`أكثر من`) is followed by `من` in at least this share of its uses (`أفضل` 7%, `أهم` 3%; the names `أحمد`, `أشرف` under 0.5%). */
export const COMPARATIVE_SHARE = 0.025
const MIN = normalize('من')

/**
 * Whether a word of the elative's shape is a comparative, from how often
 * edited news follows it with `من`: `أكثر فأكثر` is gradual, `أحمد وأحمد` (a
 * name of that shape) a slip. Undefined when the counts saw the word too
 * seldom to tell.
 */
export function isComparative(stats: CorpusStats, key: string): boolean | undefined {
  const uses = stats.word(key)
  if (uses < RELATION_USES) return undefined
  return stats.pair(key, MIN) >= COMPARATIVE_SHARE * uses
}
