// npm run eval: where the linter stands, in one table.
//   npm run eval -- [--seed N] [--per-doc K] [--docs DIR|FILE.jsonl[.gz]] [--limit N]
//                   [--only injected,seeds,zaebuc,clean,mt] [--json OUT.json] [--examples N]
// Sections: (1) artefacts injected into edited news (eval/inject.ts, eval/taxonomy.md);
// (2) the seeds against their annotations; (3) real spelling and punctuation errors with gold
// corrections (corpus/errors/zaebuc); (4) findings per 1,000 words on edited news;
// (5) machine translation against its human references. The corpora are read from
// ../shared at run time; nothing of them is kept in the repository.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {isHeldOutArticle} from './holdout.ts'
import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {basename, join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {gunzipSync} from 'node:zlib'
import arabic, {rules} from '../rules/index.ts'
import {allOff, preset} from '../src/config/presets.ts'
import {lintSync} from '../src/engine/processor.ts'
import {messageToJson} from '../src/reporters/json.ts'
import {injectCorpus} from './inject.ts'
import {ARTEFACT_RULES, KINDS, type Level} from './kinds.ts'
import {excerpt, scoreGold, scoreSeeds, touches, type Annotation, type Finding, type GoldEdit, type GoldTally} from './score.ts'
import {countWords} from './text.ts'

const root = resolve(new URL('..', import.meta.url).pathname)
const shared = join(root, '../shared')
const SECTIONS = ['injected', 'seeds', 'zaebuc', 'clean', 'mt'] as const
type Section = (typeof SECTIONS)[number]

function fail(message: string): never {
  console.error(`eval: ${message}`)
  process.exit(2)
}
function readArgs() {
  try {
    return parseArgs({
      options: {
        seed: {type: 'string', default: '1'},
        'per-doc': {type: 'string', default: '3'},
        rounds: {type: 'string', default: '3'},
        docs: {type: 'string'},
        limit: {type: 'string'},
        only: {type: 'string'},
        json: {type: 'string'},
        examples: {type: 'string', default: '0'},
        readme: {type: 'boolean', default: false}
      }
    }).values
  } catch (error) {
    fail(`${(error as Error).message} (options: --seed, --per-doc, --rounds, --docs, --limit, --only, --json, --examples, --readme)`)
  }
}
const args = readArgs()

const integer = (name: string, value: string | undefined): number => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a whole number, not \`${value}\``)
  return n
}
const seed = integer('seed', args.seed)
const perDoc = integer('per-doc', args['per-doc'])
const rounds = Math.max(1, integer('rounds', args.rounds))
const examples = integer('examples', args.examples)
const limit = args.limit === undefined ? Infinity : integer('limit', args.limit)
const only = (args.only?.split(',') ?? [...SECTIONS]) as Section[]
for (const s of only) if (!SECTIONS.includes(s)) fail(`--only: unknown section \`${s}\` (sections: ${SECTIONS.join(', ')})`)

// ---------------------------------------------------------------- linting

// What runs with no configuration (every rule but the style advice of sentence-length): the evaluation
// scores what the rules find, whichever preset a user switches them on with (recommended, typography, orthography).
const SCORED = {...allOff([arabic]), ...preset('translint:default', [arabic])!}
const ALL = preset('translint:all', [arabic])!
const FIVE = new Set(ARTEFACT_RULES)
const categoryOf = new Map(rules.map((r) => [r.id, r.category]))

function findingsOf(text: string, settings: typeof ALL): Finding[] {
  return lintSync(text, {rules: settings})
    .messages.map(messageToJson)
    .filter((m): m is Finding => typeof m.offset === 'number' && typeof m.endOffset === 'number')
}

const per1k = (n: number, words: number) => (words ? (1000 * n) / words : 0)
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-')

// ---------------------------------------------------------------- the table

interface Row {
  section: string
  what: string
  figure: string
  target: string
  status: '' | 'met' | 'NOT MET'
}
const table: Row[] = []
const row = (section: string, what: string, figure: string, target = '', met?: boolean) =>
  table.push({section, what, figure, target, status: met === undefined ? '' : met ? 'met' : 'NOT MET'})
const notes: string[] = []
const results: Record<string, unknown> = {seed, perDoc}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    fail(`cannot read ${path}: ${(error as Error).message}`)
  }
}

/** The documents to inject into: a folder of .txt files, or a JSONL file (optionally gzipped) of {title, text}. */
function readDocuments(path: string): {name: string; text: string}[] {
  if (!existsSync(path)) fail(`no such folder or file: ${path}`)
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((f) => f.endsWith('.txt') && !f.endsWith('.ref.txt'))
      .sort()
      .slice(0, limit)
      .map((name) => ({name, text: readText(join(path, name))}))
  }
  const raw = path.endsWith('.gz') ? gunzipSync(readFileSync(path)).toString('utf8') : readText(path)
  const docs: {name: string; text: string}[] = []
  for (const [i, line] of raw.split('\n').entries()) {
    if (!line.trim() || docs.length >= limit) continue
    let record: {id?: string; title?: string; text?: string}
    try {
      record = JSON.parse(line)
    } catch {
      fail(`${path}: line ${i + 1} is not JSON`)
    }
    if (typeof record.text !== 'string') fail(`${path}: line ${i + 1} has no "text"`)
    docs.push({name: String(record.id ?? i + 1), text: record.title ? `${record.title}\n\n${record.text}` : record.text})
  }
  return docs
}

// ---------------------------------------------------------------- 1. injected artefacts

function injectedSection() {
  const source = resolve(args.docs ?? join(shared, 'corpus/clean'))
  const docs = readDocuments(source)
  if (!docs.length) fail(`no documents in ${source}`)
  const injected = injectCorpus(docs, {seed, perDoc, rounds})
  const label = '1 injected'
  const byKind = new Map<string, {level: Level; rules: string[]; total: number; found: number; five: number; by: Map<string, number>; misses: string[]}>()
  for (const kind of KINDS) byKind.set(kind.id, {level: kind.level, rules: kind.rules, total: 0, found: 0, five: 0, by: new Map(), misses: []})
  const byLevel: Record<Level, {total: number; found: number}> = {easy: {total: 0, found: 0}, medium: {total: 0, found: 0}, hard: {total: 0, found: 0}}
  let noise = 0
  let noiseNew = 0
  let untouched = 0
  let words = 0
  let wordsOriginal = 0
  const falseFindings = new Map<string, string[]>()
  const records: unknown[] = []
  // Each document is linted once untouched, however many copies it has.
  const untouchedFindings = new Map<string, Finding[]>()
  for (const doc of injected) {
    const found = findingsOf(doc.text, SCORED)
    let before = untouchedFindings.get(doc.name)
    if (!before) untouchedFindings.set(doc.name, (before = findingsOf(doc.original, SCORED).filter((m) => FIVE.has(m.ruleId!))))
    words += countWords(doc.text)
    wordsOriginal += countWords(doc.original)
    untouched += before.length
    for (const injection of doc.injections) {
      const k = byKind.get(injection.kind)!
      const hits = found.filter((m) => touches(m, injection.start, injection.end))
      const by = [...new Set(hits.map((m) => m.ruleId!))]
      const expected = by.filter((r) => injection.rules.includes(r))
      const five = expected.filter((r) => FIVE.has(r))
      k.total++
      if (expected.length) k.found++
      if (five.length) k.five++
      for (const r of expected) k.by.set(r, (k.by.get(r) ?? 0) + 1)
      if (!expected.length) k.misses.push(`${doc.name}${doc.round ? `#${doc.round}` : ''}: ${excerpt(doc.text, injection.start, injection.end)}${by.length ? `  (reported by ${by.join(', ')})` : ''}`)
      if (injection.rules.some((r) => FIVE.has(r))) {
        byLevel[injection.level].total++
        if (five.length) byLevel[injection.level].found++
      }
      records.push({doc: doc.name, round: doc.round, ...injection, reportedBy: by, found: expected.length > 0})
    }
    const known = new Set(before.map((m) => `${m.ruleId}\0${doc.toInjected(m.offset)}`))
    for (const m of found) {
      if (!FIVE.has(m.ruleId!) || doc.injections.some((i) => touches(m, i.start, i.end))) continue
      noise++
      const isNew = !known.has(`${m.ruleId}\0${m.offset}`)
      if (isNew) noiseNew++
      const list = falseFindings.get(m.ruleId!) ?? []
      list.push(`${doc.name}${isNew ? ' (new)' : ''}: ${m.reason} — ${excerpt(doc.text, m.offset, m.endOffset)}`)
      falseFindings.set(m.ruleId!, list)
    }
  }
  const total = [...byKind.values()].reduce((n, k) => n + k.total, 0)
  row(label, `${docs.length} documents of ${args.docs ? basename(source) : 'corpus/clean'} x ${rounds} copies, ${total} artefacts (seed ${seed}, ${perDoc} a copy)`, '')
  const targets: Partial<Record<Level, number>> = {easy: 0.95, medium: 0.8}
  for (const level of ['easy', 'medium', 'hard'] as Level[]) {
    const {total: t, found: f} = byLevel[level]
    const goal = targets[level]
    row(label, `${level}: found by the five artefact rules`, `${f}/${t} ${pct(f, t)}`, goal ? `>= ${goal * 100}%` : '', goal && t ? f / t >= goal : undefined)
  }
  const rate = per1k(noise, words)
  row(label, 'noise: five artefact rules outside the artefacts, per 1k words', `${rate.toFixed(2)} (${noise}: ${noiseNew} new, untouched copies ${per1k(untouched, wordsOriginal).toFixed(2)})`, '<= 0.3', rate <= 0.3)
  for (const [id, k] of byKind) {
    if (!k.total) {
      row(label, `  ${id} (${k.level})`, 'no place found', '')
      continue
    }
    // With alternatives, which of them found it.
    const by = k.rules.length > 1 && k.by.size ? ` (${[...k.by].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')})` : ''
    const outside = k.rules.some((r) => FIVE.has(r)) ? '' : ' [no target]'
    row(label, `  ${id} (${k.level}) → ${k.rules.join('|')}${outside}`, `${k.found}/${k.total} ${pct(k.found, k.total)}${by}`)
  }
  if (examples) {
    for (const [id, k] of byKind) if (k.misses.length) notes.push(`\nmissed ${id} (${k.level}, ${k.misses.length}):`, ...k.misses.slice(0, examples).map((x) => '  ' + x))
    for (const [rule, list] of falseFindings) notes.push(`\nfindings outside the artefacts: ${rule} (${list.length}):`, ...list.slice(0, examples).map((x) => '  ' + x))
  }
  results.injected = {
    source,
    documents: docs.length,
    rounds,
    byLevel,
    byKind: Object.fromEntries([...byKind].map(([id, k]) => [id, {level: k.level, rules: k.rules, total: k.total, found: k.found, foundByFive: k.five, by: Object.fromEntries(k.by)}])),
    noise: {findings: noise, new: noiseNew, words, per1k: rate, untouchedPer1k: per1k(untouched, wordsOriginal)},
    injections: records
  }
}

// ---------------------------------------------------------------- 2. seeds

function seedsSection() {
  const label = '2 seeds'
  const expectedPath = join(shared, 'seeds/expected.jsonl')
  if (!existsSync(expectedPath)) return row(label, `no ${expectedPath}`, 'skipped')
  const annotations: Annotation[] = readText(expectedPath)
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
  const texts = new Map<string, string>()
  const findings = new Map<string, Finding[]>()
  for (const file of new Set(annotations.map((a) => a.file))) {
    const text = readText(join(root, 'seeds', file))
    texts.set(file, text)
    findings.set(file, findingsOf(text, SCORED))
  }
  const five = annotations.filter((a) => a.rule.split('|').some((r) => FIVE.has(r)))
  for (const [name, list] of [
    ['every annotated rule', annotations],
    ['five artefact rules', five]
  ] as const) {
    let scored
    try {
      scored = scoreSeeds(list, texts, findings)
    } catch (error) {
      fail((error as Error).message)
    }
    const {tally, misses, wrongs} = scored
    for (const level of ['easy', 'medium', 'hard']) {
      const t = tally[level]
      if (!t) continue
      row(label, `${name}: ${level} found`, `${t.ok}/${t.total}`, level === 'hard' ? '' : 'all', level === 'hard' ? undefined : t.ok === t.total)
    }
    const none = tally.none ?? {total: 0, ok: 0}
    row(label, `${name}: 'none' places flagged`, `${none.total - none.ok}/${none.total}`, '0', none.ok === none.total)
    if (name === 'every annotated rule') {
      results.seeds = {tally, misses, wrongs}
      if (examples) {
        for (const a of misses) notes.push(`seeds: missed ${a.level} ${a.rule} ${a.file} «${a.at.replace(/\n/g, '⏎')}»`)
        for (const a of wrongs) notes.push(`seeds: flagged 'none' ${a.rule} ${a.file} «${a.at.replace(/\n/g, '⏎')}» (${a.note})`)
      }
    }
  }
}

// ---------------------------------------------------------------- 3. zaebuc

function zaebucSection() {
  const label = '3 zaebuc'
  const dir = join(shared, 'corpus/errors/zaebuc')
  if (!existsSync(join(dir, 'gold.jsonl'))) return row(label, `no ${dir}/gold.jsonl`, 'skipped')
  const measured = ['hamza', 'alif-maqsura', 'detached-conjunction', 'punctuation-spacing', 'latin-punctuation']
  const tallies = new Map<string, GoldTally>(measured.map((r) => [r, {findings: 0, right: 0, edits: 0, found: 0, unmatched: [], missed: []}]))
  for (const line of readText(join(dir, 'gold.jsonl')).split('\n')) {
    if (!line.trim()) continue
    const gold = JSON.parse(line) as {doc: string; edits: GoldEdit[]}
    const text = readText(join(dir, 'original', gold.doc))
    const findings = findingsOf(text, ALL)
    for (const rule of measured) scoreGold(rule, text, gold.edits, findings, tallies.get(rule)!)
  }
  const targets: Record<string, [number, number]> = {hamza: [0.85, 0.95], 'alif-maqsura': [0.75, 0.85]}
  for (const [rule, t] of tallies) {
    const p = t.findings ? t.right / t.findings : 0
    const r = t.edits ? t.found / t.edits : 0
    const goal = targets[rule]
    row(
      label,
      `${rule}: precision, recall (all rules on)`,
      `P ${p.toFixed(3)} R ${r.toFixed(3)} (${t.findings} findings, ${t.edits} edits)`,
      goal ? `R >= ${goal[0]} at P >= ${goal[1]}` : '',
      goal ? r >= goal[0] && p >= goal[1] : undefined
    )
    if (examples) {
      notes.push(`\nzaebuc ${rule} missed (${t.missed.length}):`, ...t.missed.slice(0, examples).map((x) => '  ' + x))
      notes.push(`\nzaebuc ${rule} unmatched (${t.unmatched.length}):`, ...t.unmatched.slice(0, examples).map((x) => '  ' + x))
    }
  }
  results.zaebuc = Object.fromEntries([...tallies].map(([r, t]) => [r, {findings: t.findings, right: t.right, edits: t.edits, found: t.found}]))
}

// ---------------------------------------------------------------- 4. edited news

function cleanSection() {
  const label = '4 clean'
  const dir = join(shared, 'corpus/clean')
  if (!existsSync(dir)) return row(label, `no ${dir}`, 'skipped')
  const counts = new Map<string, number>()
  let words = 0
  const samples = new Map<string, string[]>()
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readText(join(dir, name))
    words += countWords(text)
    for (const m of findingsOf(text, ALL)) {
      counts.set(m.ruleId!, (counts.get(m.ruleId!) ?? 0) + 1)
      if (examples && FIVE.has(m.ruleId!)) samples.set(m.ruleId!, [...(samples.get(m.ruleId!) ?? []), `${name}: ${m.reason} — ${excerpt(text, m.offset, m.endOffset)}`])
    }
  }
  const five = ARTEFACT_RULES.reduce((n, r) => n + (counts.get(r) ?? 0), 0)
  row(label, `corpus/clean, all rules on: five artefact rules per 1k words (${words} words)`, `${per1k(five, words).toFixed(2)} (${five})`, '<= 0.3', per1k(five, words) <= 0.3)
  for (const rule of rules) {
    const n = counts.get(rule.id) ?? 0
    row(label, `  ${rule.id} (${rule.category})`, `${per1k(n, words).toFixed(2)} (${n})`)
  }
  if (examples) for (const [rule, list] of samples) notes.push(`\ncorpus/clean ${rule} (${list.length}):`, ...list.slice(0, examples).map((x) => '  ' + x))
  results.clean = {words, counts: Object.fromEntries(counts)}
  heldOutNoise(label, dir)
}

/**
 * The same rate on edited news the rules and statistics were not built from:
 * the articles of corpus/ant that the statistics leave out (holdout.ts; any
 * whose title opens a corpus/clean document are left out too).
 */
function heldOutNoise(label: string, cleanDir: string) {
  const dir = join(shared, 'corpus/ant')
  if (!existsSync(dir)) return row(label, `no ${dir}`, 'skipped')
  const cleanTitles = new Set(readdirSync(cleanDir).filter((f) => f.endsWith('.txt')).map((f) => readText(join(cleanDir, f)).split('\n')[0].trim()))
  const counts = new Map<string, number>()
  let words = 0
  let documents = 0
  const samples: string[] = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl.gz')).sort()) {
    for (const line of gunzipSync(readFileSync(join(dir, file))).toString('utf8').split('\n')) {
      if (!line) continue
      const {id, title, text} = JSON.parse(line) as {id: string; title: string; text: string}
      if (!isHeldOutArticle(id) || cleanTitles.has(title.trim())) continue
      const doc = `${title}\n\n${text}`
      documents++
      words += countWords(doc)
      for (const m of findingsOf(doc, ALL)) {
        if (!FIVE.has(m.ruleId!)) continue
        counts.set(m.ruleId!, (counts.get(m.ruleId!) ?? 0) + 1)
        if (examples) samples.push(`${id} ${m.ruleId}: ${m.reason} — ${excerpt(doc, m.offset, m.endOffset)}`)
      }
    }
  }
  const five = [...counts.values()].reduce((a, b) => a + b, 0)
  const rate = per1k(five, words)
  row(label, `held out: ${documents} articles of corpus/ant (one in 50, kept out of the statistics; ${words} words): five artefact rules per 1k`, `${rate.toFixed(2)} (${five})`, '<= 0.3', rate <= 0.3)
  for (const rule of ARTEFACT_RULES) row(label, `  ${rule}`, `${per1k(counts.get(rule) ?? 0, words).toFixed(2)} (${counts.get(rule) ?? 0})`)
  if (examples) notes.push(`\ncorpus/ant sample, five artefact rules (${samples.length}):`, ...samples.slice(0, 3 * examples).map((x) => '  ' + x))
  results.heldOut = {documents, words, counts: Object.fromEntries(counts)}
}

// ---------------------------------------------------------------- 5. machine translation

function mtSection() {
  const label = '5 mt'
  const dir = join(shared, 'corpus/mt')
  if (!existsSync(dir)) return row(label, `no ${dir}`, 'skipped')
  const measured = rules.filter((r) => r.category === 'artefact' || r.category === 'orthography').map((r) => r.id)
  const side = () => ({words: 0, counts: new Map<string, number>()})
  const mt = side()
  const ref = side()
  let pairs = 0
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ref.txt')).sort()) {
    const mtName = name.replace(/\.ref\.txt$/, '.txt')
    if (!existsSync(join(dir, mtName))) continue
    pairs++
    for (const [s, file] of [
      [mt, mtName],
      [ref, name]
    ] as const) {
      const text = readText(join(dir, file))
      s.words += countWords(text)
      for (const m of findingsOf(text, ALL)) if (measured.includes(m.ruleId!)) s.counts.set(m.ruleId!, (s.counts.get(m.ruleId!) ?? 0) + 1)
    }
  }
  const sum = (s: ReturnType<typeof side>) => [...s.counts.values()].reduce((a, b) => a + b, 0)
  const mtRate = per1k(sum(mt), mt.words)
  const refRate = per1k(sum(ref), ref.words)
  row(label, `corpus/mt, ${pairs} files with a reference: artefact + orthography rules per 1k words`, `MT ${mtRate.toFixed(2)} vs ref ${refRate.toFixed(2)}`, 'MT > ref', mtRate > refRate)
  for (const rule of measured) {
    const a = per1k(mt.counts.get(rule) ?? 0, mt.words)
    const b = per1k(ref.counts.get(rule) ?? 0, ref.words)
    row(label, `  ${rule} (${categoryOf.get(rule)})`, `MT ${a.toFixed(2)} vs ref ${b.toFixed(2)}`)
  }
  results.mt = {pairs, mt: {words: mt.words, counts: Object.fromEntries(mt.counts)}, ref: {words: ref.words, counts: Object.fromEntries(ref.counts)}}
}

// ---------------------------------------------------------------- run

const started = Date.now()
const run: Record<Section, () => unknown> = {injected: injectedSection, seeds: seedsSection, zaebuc: zaebucSection, clean: cleanSection, mt: mtSection}
for (const section of SECTIONS) if (only.includes(section)) run[section]()

const widths = (['section', 'what', 'figure', 'target', 'status'] as const).map((k) => Math.max(k.length, ...table.map((r) => r[k].length)))
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ').trimEnd()
const out = [line(['section', 'what', 'figure', 'target', 'status']), widths.map((w) => '-'.repeat(w)).join('-|-')]
let last = ''
for (const r of table) {
  out.push(line([r.section === last ? '' : r.section, r.what, r.figure, r.target, r.status]))
  last = r.section
}
console.log(out.join('\n'))
const command = `npm run eval -- --seed ${seed} --per-doc ${perDoc} --rounds ${rounds}${args.docs ? ` --docs ${args.docs}` : ''}${args.only ? ` --only ${args.only}` : ''}`
console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s; ${command})`)
if (notes.length) console.log(notes.join('\n'))
if (args.json) {
  writeFileSync(args.json, JSON.stringify({...results, table}, null, 1) + '\n')
}
if (args.readme) {
  // The README quotes the table between two markers: replace what is there.
  const path = join(root, 'README.md')
  const readme = readText(path)
  const start = readme.indexOf('<!-- eval-table:start')
  const end = readme.indexOf('<!-- eval-table:end -->')
  if (start === -1 || end === -1) fail('README.md has no eval-table markers')
  const block = ['<!-- eval-table:start (generated by `npm run eval -- --readme`) -->', '', '```', `$ ${command}`, ...out, '```', ''].join('\n')
  writeFileSync(path, readme.slice(0, start) + block + readme.slice(end))
  console.log('README.md: evaluation table updated')
}
