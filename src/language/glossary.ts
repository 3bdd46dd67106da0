// Terminology: glossaries in TBX (TBX-Basic, TBX v2 `termEntry` and v3
// `conceptEntry`), CSV or JSON, read into one shape. Named in
// `.linterrc.json` under `terminology`; TBX files may also be given under
// `organizations` (see organizations.ts).
import {SaxesParser, type SaxesTag} from 'saxes'
import {splitCsvLine} from './organizations.ts'
import {describeJsonError} from '../config/json-error.ts'

export interface Term {
  /** The source term (English). */
  source: string
  /** Accepted target terms, the preferred one first. */
  target: string[]
  /** Target forms not to use; a finding with the preferred term as its fix. */
  forbidden: string[]
  /** Match the source term's case exactly (default: any case). */
  caseSensitive: boolean
  /** Match the source term as whole words only (default: yes). */
  wholeWord: boolean
}

const list = (value: string | undefined) => (value ?? '').split('|').map((s) => s.trim()).filter(Boolean)

function term(source: string, target: string[], forbidden: string[], options: {caseSensitive?: boolean; wholeWord?: boolean} = {}): Term {
  return {source: source.trim(), target, forbidden, caseSensitive: options.caseSensitive ?? false, wholeWord: options.wholeWord ?? true}
}

/** Read a glossary file; throws an Error naming the path and the problem. */
export function parseGlossary(path: string, text: string): Term[] {
  const value = text.replace(/^\uFEFF/, '')
  if (/\.tbx$/i.test(path) || /\.xml$/i.test(path)) return parseTbx(path, value)
  if (/\.csv$/i.test(path)) return parseCsvGlossary(path, value)
  return parseJsonGlossary(path, value)
}

/**
 * JSON: an array (or `{"terms": [...]}`) of
 * `{"source": "…", "target": "…" | ["preferred", "admitted", …], "forbidden": [...], "caseSensitive": false, "wholeWord": true}`.
 */
function parseJsonGlossary(path: string, text: string): Term[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    // Never V8's message: it quotes the text, which may not be ours to print.
    throw new Error(`${path}: ${describeJsonError(text, error)}`)
  }
  const entries = Array.isArray(data) ? data : (data as {terms?: unknown})?.terms
  if (!Array.isArray(entries)) throw new Error(`${path}: expected an array of terms or {"terms": [...]}`)
  return entries.map((entry, index) => {
    const where = `${path}: terms[${index}]`
    const e = entry as Record<string, unknown>
    if (typeof e !== 'object' || e === null || typeof e.source !== 'string' || !e.source.trim()) throw new Error(`${where}.source: expected the source term`)
    const strings = (key: string): string[] => {
      const v = e[key]
      if (v === undefined) return []
      if (typeof v === 'string') return [v]
      if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) throw new Error(`${where}.${key}: expected a string or an array of strings`)
      return v as string[]
    }
    const target = strings('target')
    if (target.length === 0) throw new Error(`${where}.target: expected the target term`)
    return term(e.source, target, strings('forbidden'), {caseSensitive: e.caseSensitive === true, wholeWord: e.wholeWord !== false})
  })
}

/** CSV: a header with `source` and `target` (and `forbidden`, `case_sensitive`, `whole_word`); `|` separates forms in a cell. */
function parseCsvGlossary(path: string, text: string): Term[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim())
  if (lines.length === 0) return []
  const header = splitCsvLine(lines[0]!).map((h) => h.trim().toLowerCase())
  const at = (name: string) => header.indexOf(name)
  if (at('source') === -1 || at('target') === -1) throw new Error(`${path}: line 1: the header needs \`source\` and \`target\` columns`)
  return lines.slice(1).map((line, index) => {
    const cells = splitCsvLine(line)
    const get = (name: string) => (at(name) === -1 ? undefined : cells[at(name)]?.trim())
    const target = list(get('target'))
    if (!get('source') || target.length === 0) throw new Error(`${path}: line ${index + 2}: a term needs a source and a target`)
    const yes = (v: string | undefined) => v !== undefined && /^(1|true|yes)$/i.test(v)
    return term(get('source')!, target, list(get('forbidden')), {caseSensitive: yes(get('case_sensitive')), wholeWord: get('whole_word') === undefined || yes(get('whole_word'))})
  })
}

/**
 * TBX: each `termEntry` (v2) or `conceptEntry` (v3) is a term; the source is
 * its English (or first) language's preferred term, the targets its Arabic
 * terms. A term's `administrativeStatus` (TBX-Basic) sorts it:
 * `preferredTerm-admn-sts` first, `admittedTerm-admn-sts` accepted,
 * `deprecatedTerm-admn-sts` and `supersededTerm-admn-sts` forbidden.
 */
function parseTbx(path: string, text: string): Term[] {
  const parser = new SaxesParser()
  const terms: Term[] = []
  let languages: {lang: string; terms: {text: string; status: string}[]}[] = []
  let lang = ''
  let current: {text: string; status: string} | undefined
  let inTerm = false
  let statusNote = false
  let failure: Error | undefined
  parser.on('opentag', (tag: SaxesTag) => {
    const name = tag.name
    const attributes = tag.attributes as Record<string, string>
    if (name === 'termEntry' || name === 'conceptEntry') languages = []
    else if (name === 'langSet' || name === 'langSec') {
      lang = (attributes['xml:lang'] ?? attributes.lang ?? '').toLowerCase()
      languages.push({lang, terms: []})
    } else if (name === 'tig' || name === 'ntig' || name === 'termSec') {
      current = {text: '', status: ''}
      languages.at(-1)?.terms.push(current)
    } else if (name === 'term') {
      if (!current) {
        current = {text: '', status: ''}
        languages.at(-1)?.terms.push(current)
      }
      inTerm = true
    } else if (name === 'termNote' && attributes.type === 'administrativeStatus') statusNote = true
  })
  parser.on('text', (value) => {
    if (inTerm && current) current.text += value
    else if (statusNote && current) current.status += value.trim()
  })
  parser.on('closetag', (tag: SaxesTag) => {
    const name = tag.name
    if (name === 'term') inTerm = false
    else if (name === 'termNote') statusNote = false
    else if (name === 'tig' || name === 'ntig' || name === 'termSec') current = undefined
    else if (name === 'termEntry' || name === 'conceptEntry') {
      const source = languages.find((l) => /^en\b|^en-/.test(l.lang)) ?? languages.find((l) => !/^ar\b|^ar-/.test(l.lang))
      const target = languages.find((l) => /^ar\b|^ar-/.test(l.lang))
      if (!source || !target) return
      const rank = (status: string) => (/preferred/i.test(status) ? 0 : /deprecated|superseded/i.test(status) ? 2 : 1)
      const sourceTerm = [...source.terms].sort((a, b) => rank(a.status) - rank(b.status))[0]
      const accepted = target.terms.filter((t) => rank(t.status) < 2).sort((a, b) => rank(a.status) - rank(b.status))
      if (!sourceTerm || accepted.length === 0) return
      terms.push(term(sourceTerm.text, accepted.map((t) => t.text.trim()), target.terms.filter((t) => rank(t.status) === 2).map((t) => t.text.trim())))
    }
  })
  parser.on('error', (error) => {
    failure ??= error
  })
  parser.write(text).close()
  if (failure) throw new Error(`${path}: not well-formed TBX: ${failure.message}`)
  return terms
}
