// The seeded artefact injector: puts a few artefacts of the kinds in
// kinds.ts into real documents, far apart so they do not interact, and
// records for each its kind, level, expected rules and the span of the
// injected text that a finding must overlap or touch.
import {uniformInt} from 'pure-rand/distribution/uniformInt'
import {xoroshiro128plus} from 'pure-rand/generator/xoroshiro128plus'
import {KINDS, type Kind, type Level, type Site} from './kinds.ts'
import {parseDoc} from './text.ts'

export interface Injection {
  kind: string
  level: Level
  /** Rules any one of which reporting the span finds the artefact. */
  rules: string[]
  /** The span in the injected text a finding must overlap or touch. */
  start: number
  end: number
  /** The original text that was replaced, and what replaced it (for reading). */
  removed: string
  inserted: string
}

export interface InjectedDocument {
  name: string
  /** Which copy of the document this is (see InjectOptions.rounds). */
  round: number
  original: string
  text: string
  injections: Injection[]
  /** Where an offset of the original text lands in the injected text (offsets inside a replaced range map to its start). */
  toInjected(offset: number): number
}

export interface InjectOptions {
  seed: number
  /** Artefacts per document (fewer where a document has no room for more). */
  perDoc: number
  /** Copies of each document, each with its own artefacts (default 1): more artefacts of each kind to count. */
  rounds?: number
  /** The kinds to choose from (default: all of them). */
  kinds?: Kind[]
}

/** FNV-1a: a stable 32-bit number for a string, so each document gets its own random stream. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

export type Random = ReturnType<typeof xoroshiro128plus>

export function randomFor(seed: number, name: string): Random {
  return xoroshiro128plus(hash(`${seed}\0${name}`))
}

export function picker(rng: Random) {
  return <T>(items: T[]): T => items[uniformInt(rng, 0, items.length - 1)]
}

/** Two artefacts keep at least one whole line between them. */
const apart = (a: [number, number], b: [number, number]) => a[0] > b[1] + 1 || a[1] < b[0] - 1

/**
 * Inject up to `perDoc` artefacts into one document. `order` gives the kinds
 * to try first (the corpus-level balance); each kind is tried once.
 */
export function injectDocument(name: string, original: string, rng: Random, perDoc: number, order: Kind[], round = 0): InjectedDocument {
  const pick = picker(rng)
  const doc = parseDoc(original)
  const chosen: {kind: Kind; site: Site}[] = []
  for (const kind of order) {
    if (chosen.length >= perDoc) break
    const sites = kind.sites(doc, pick).filter((site) => chosen.every((c) => apart(site.lines, c.site.lines)))
    if (sites.length) chosen.push({kind, site: pick(sites)})
  }
  chosen.sort((a, b) => a.site.start - b.site.start)
  let text = ''
  let from = 0
  const injections: Injection[] = []
  const shifts: {at: number; end: number; delta: number}[] = []
  let delta = 0
  for (const {kind, site} of chosen) {
    text += original.slice(from, site.start)
    const at = text.length
    text += site.text
    from = site.end
    injections.push({
      kind: kind.id,
      level: kind.level,
      rules: kind.rules,
      start: at + site.span[0],
      end: at + site.span[1],
      removed: original.slice(site.start, site.end),
      inserted: site.text
    })
    delta += site.text.length - (site.end - site.start)
    shifts.push({at: site.start, end: site.end, delta})
  }
  text += original.slice(from)
  const toInjected = (offset: number) => {
    let d = 0
    for (const s of shifts) {
      if (offset < s.end) return offset <= s.at ? offset + d : s.at + d
      d = s.delta
    }
    return offset + d
  }
  return {name, round, original, text, injections, toInjected}
}

/**
 * Inject artefacts into every document. Kinds are balanced over the corpus:
 * each document tries first the kinds injected least so far, so rare kinds
 * (names of bodies, titles) get every document that can take them.
 */
export function injectCorpus(documents: {name: string; text: string}[], options: InjectOptions): InjectedDocument[] {
  const kinds = options.kinds ?? KINDS
  const counts = new Map(kinds.map((k) => [k.id, 0]))
  const copies = Array.from({length: options.rounds ?? 1}, (_, round) => documents.map((d) => ({...d, round}))).flat()
  return copies.map(({name, text, round}) => {
    // Round 0 keeps the stream of the document's name, so one round gives what it always gave.
    const rng = randomFor(options.seed, round ? `${name}\0${round}` : name)
    const ties = new Map(kinds.map((k) => [k.id, uniformInt(rng, 0, 1 << 20)]))
    // A kind that fits where others do not (a title copy fits beside
    // anything) would crowd the rest out of short documents: a kind already
    // well above the median count waits.
    const sorted = [...counts.values()].sort((a, b) => a - b)
    const cap = Math.ceil(1.25 * sorted[sorted.length >> 1]) + 2
    const order = kinds
      .filter((k) => counts.get(k.id)! < cap)
      .sort((a, b) => counts.get(a.id)! - counts.get(b.id)! || ties.get(a.id)! - ties.get(b.id)!)
    const injected = injectDocument(name, text, rng, options.perDoc, order, round)
    for (const injection of injected.injections) counts.set(injection.kind, counts.get(injection.kind)! + 1)
    return injected
  })
}
