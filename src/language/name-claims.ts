// One voice per name: the spans of a document where org-name-consistency,
// which knows how a body spells its own name, has the last word on spelling.
// spelling-consistency only knows the document's majority: with
// `الاتحاد الأوربي` twice and `الاتحاد الأوروبي` once it would advise
// `الأوربي` where the body's name says `الأوروبي`. org-name-consistency runs
// before it (rules/index.ts lists it first) and leaves its claims on the tree;
// when it is off there are none, and spelling-consistency decides alone.
import type {Root} from 'nlcst'

export interface NameClaim {
  start: number
  end: number
  /**
   * `reported`: org-name-consistency reports this name, with the spelling it
   * should have; `model`: the name is written as the body writes it (or as the
   * document's other mentions of an unlisted body are corrected to).
   */
  kind: 'reported' | 'model'
}

const CLAIMS = Symbol('translint.name-claims')
type Claimed = Root & {[CLAIMS]?: NameClaim[]}
/** For trees that cannot take a property (frozen). */
const fallback = new WeakMap<Root, NameClaim[]>()

/**
 * Record the claims of a document. Names never overlap (a word belongs to one
 * mention), but one name may be claimed twice, as a model for one name and
 * reported against another: the report is kept.
 */
export function claimNames(tree: Root, claims: NameClaim[]): void {
  const sorted = claims.slice().sort((a, b) => a.start - b.start || a.end - b.end || (a.kind === 'reported' ? -1 : 1))
  const kept: NameClaim[] = []
  for (const claim of sorted) {
    const last = kept[kept.length - 1]
    if (last && last.start === claim.start && last.end === claim.end) continue
    kept.push(claim)
  }
  if (Object.isExtensible(tree)) (tree as Claimed)[CLAIMS] = kept
  else fallback.set(tree, kept)
}

/** The claims org-name-consistency left on this tree; undefined when it did not run. */
export function nameClaims(tree: Root): NameClaim[] | undefined {
  return (tree as Claimed)[CLAIMS] ?? fallback.get(tree)
}

/**
 * The claim that overlaps [start, end) (a word whose clitics come before the
 * name's start overlaps it), found by halving: claims are sorted and do not overlap.
 */
export function claimOver(claims: NameClaim[], start: number, end: number): NameClaim | undefined {
  let low = 0
  let high = claims.length - 1
  let at = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (claims[middle].start < end) {
      at = middle
      low = middle + 1
    } else high = middle - 1
  }
  const claim = at >= 0 ? claims[at] : undefined
  return claim && claim.end > start ? claim : undefined
}
