// Organisation-name data: canonical names, accepted forms, known wrong forms.
// The loader for the built-in file and users' JSON/CSV/TBX files lives here too.
import {parseGlossary} from './glossary.ts'
import {describeJsonError} from '../config/json-error.ts'

export interface Organization {
  /** Stable key, e.g. `unodc`. */
  id: string
  /** The English name, for messages and docs. */
  english?: string
  /** The canonical Arabic name. */
  canonical: string
  /** Other accepted Arabic forms (short forms, older official forms). */
  accepted: string[]
  /** Known wrong or near-miss forms, each a finding with `canonical` as the fix. */
  variants: string[]
  /**
   * Names the body had before it was renamed (`منظمة المؤتمر الإسلامي`):
   * reported, with the current name as a suggestion, beside the current name.
   */
  former?: string[]
  /** The year of the last rename: a sentence with an earlier year speaks of the former name's time. */
  renamed?: number
  /**
   * Short forms that only refer back to the body once it has been named
   * (`المكتب`, `المنظمة الدولية`): never a finding, never a form to keep to.
   */
  references?: string[]
  /** Latin acronym, when the body has one. */
  acronym?: string
}

export interface OrganizationData {
  bodies: Organization[]
}

/**
 * Read organisation files (JSON `{bodies: [...]}` or an array, CSV with a
 * header row, or a TBX glossary: each entry's preferred Arabic term is the
 * canonical name, its admitted terms accepted forms, its deprecated ones
 * variants to report).
 */
export function parseOrganizationFile(path: string, text: string): Organization[] {
  if (/\.csv$/i.test(path)) return parseCsv(path, text)
  if (/\.tbx$/i.test(path)) {
    return parseGlossary(path, text).map((term) => ({
      id: term.source,
      english: term.source,
      canonical: term.target[0]!,
      accepted: term.target.slice(1),
      variants: term.forbidden,
      references: []
    }))
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    // Never V8's message: it quotes the text, which may not be ours to print.
    throw new Error(`${path}: ${describeJsonError(text, error)}`)
  }
  const list = Array.isArray(data) ? data : (data as {bodies?: unknown}).bodies
  if (!Array.isArray(list)) throw new Error(`${path}: expected an array of bodies or {"bodies": [...]}`)
  return list.map((entry, index) => toOrganization(entry, `${path}: bodies[${index}]`))
}

function toOrganization(entry: unknown, where: string): Organization {
  if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: expected an object`)
  const e = entry as Record<string, unknown>
  if (typeof e.canonical !== 'string' || !e.canonical.trim()) throw new Error(`${where}.canonical: expected the canonical Arabic name`)
  const list = (key: string) => {
    const value = e[key]
    if (value === undefined) return []
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new Error(`${where}.${key}: expected an array of strings`)
    return value as string[]
  }
  return {
    id: typeof e.id === 'string' ? e.id : e.canonical,
    english: typeof e.english === 'string' ? e.english : undefined,
    canonical: e.canonical,
    accepted: list('accepted'),
    variants: list('variants'),
    references: list('references'),
    former: list('former'),
    renamed: year(e.renamed, `${where}.renamed`),
    acronym: typeof e.acronym === 'string' ? e.acronym : undefined
  }
}

/**
 * CSV: `canonical,accepted,variants,acronym,english,id` (and optionally
 * `references` and `former`); lists inside a cell are separated by `|`.
 */
function parseCsv(path: string, text: string): Organization[] {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim())
  if (rows.length === 0) return []
  const header = splitCsvLine(rows[0]).map((h) => h.trim().toLowerCase())
  if (!header.includes('canonical')) throw new Error(`${path}: line 1: the header needs a \`canonical\` column`)
  return rows.slice(1).map((line, index) => {
    const cells = splitCsvLine(line)
    const get = (name: string) => cells[header.indexOf(name)]?.trim() ?? ''
    const split = (name: string) => get(name).split('|').map((s) => s.trim()).filter(Boolean)
    if (!get('canonical')) throw new Error(`${path}: line ${index + 2}: empty canonical name`)
    return {
      id: get('id') || get('canonical'),
      english: get('english') || undefined,
      canonical: get('canonical'),
      accepted: split('accepted'),
      variants: split('variants'),
      references: split('references'),
      former: split('former'),
      renamed: year(get('renamed') || undefined, `${path}: line ${index + 2}: renamed`),
      acronym: get('acronym') || undefined
    }
  })
}

/** A year of four digits (a number in JSON, a cell in CSV), or undefined when not given. */
function year(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined
  const n = typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value) : value
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1000 || n > 9999) throw new Error(`${where}: expected a year of four digits`)
  return n
}

/** One line of CSV (quoted cells, `""` for a quote): organisation and glossary files. */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = []
  let current = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        current += '"'
        i++
      } else if (ch === '"') quoted = false
      else current += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      cells.push(current)
      current = ''
    } else current += ch
  }
  cells.push(current)
  return cells
}
