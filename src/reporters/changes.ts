// What `--fix-dry-run` prints: each change a fix would make, word by word,
// with a few words around it, before and after:
//
//   doc.txt
//     1:7  شاركت ⟦الأمانـة⟧ في المؤتمر.
//       →  شاركت ⟦الأمانة⟧ في المؤتمر.
//
// A plain-text paragraph is one line, so a line diff would show the whole
// paragraph for a one-letter fix. Lines are compared first (`diffLines`, so a
// long document with few changes costs little), then the words of each
// changed line (`diffArrays` over Intl.Segmenter words, spaces and marks, so a
// space added or removed is a change of its own). Lines fit `columns`.
import {diffArrays, diffLines} from 'diff'
import {escapeForTerminal} from './escape.ts'
import {wrap} from './columns.ts'
import {excerpt, renderExcerpt} from './excerpt.ts'
import {arabicCount, type Locale} from '../engine/locale.ts'

// The words of this output, in one place, in each language (`--locale`).
export const CHANGES_TEXTS: Record<Locale, {arrow: string; count: (changes: number, files: number) => string}> = {
  en: {
    arrow: '→',
    count: (changes, files) => `${changes} ${changes === 1 ? 'change' : 'changes'} in ${files} ${files === 1 ? 'file' : 'files'} (dry run: nothing written)`
  },
  ar: {
    arrow: '→',
    count: (changes, files) =>
      `${arabicCount(changes, {one: 'تعديل واحد', two: 'تعديلان', plural: 'تعديلات', accusative: 'تعديلًا', singular: 'تعديل'})} في ${arabicCount(files, {one: 'ملف واحد', two: 'ملفين', plural: 'ملفات', accusative: 'ملفًا', singular: 'ملف'})} (تشغيل تجريبي: لم يُكتب شيء)`
  }
}
export const CHANGES_TEXT = CHANGES_TEXTS.en

/** Context each side of a change, in characters (cut back to whole words). */
const CONTEXT = 24
/** Changes at most this many characters apart are shown as one. */
const MERGE_GAP = 2

export interface Change {
  /** Range in the text before. */
  start: number
  end: number
  /** Range in the text after. */
  newStart: number
  newEnd: number
  line: number
  column: number
}

let segmenter: Intl.Segmenter | undefined
const tokens = (text: string): string[] => [...(segmenter ??= new Intl.Segmenter('ar', {granularity: 'word'})).segment(text)].map((s) => s.segment)

/** The changes between two texts, word by word, in the order of the text. */
export function wordChanges(before: string, after: string): Change[] {
  const changes: Change[] = []
  let oldAt = 0
  let newAt = 0
  let line = 1
  const parts = diffLines(before, after)
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (!part.added && !part.removed) {
      oldAt += part.value.length
      newAt += part.value.length
      line += part.count ?? 0
      continue
    }
    // A changed block: the lines removed and the lines put in their place.
    const removed = part.removed ? part.value : ''
    const added = part.removed ? (parts[i + 1]?.added ? parts[++i].value : '') : part.value
    const removedLines = splitLines(removed)
    const addedLines = splitLines(added)
    // Line by line when the block keeps its number of lines (the usual fix); as one piece when not.
    const pairs: [string, string][] =
      removedLines.length === addedLines.length ? removedLines.map((l, k) => [l, addedLines[k]]) : [[removed, added]]
    for (const [oldLine, newLine] of pairs) {
      changes.push(...lineChanges(oldLine, newLine, oldAt, newAt, line))
      oldAt += oldLine.length
      newAt += newLine.length
      line += countBreaks(oldLine)
    }
  }
  return changes
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

function countBreaks(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** The word-level changes between one old line and its new form, placed in the whole texts. */
function lineChanges(oldLine: string, newLine: string, oldBase: number, newBase: number, line: number): Change[] {
  const changes: Change[] = []
  let oldAt = 0
  let newAt = 0
  let current: Change | undefined
  for (const part of diffArrays(tokens(oldLine), tokens(newLine))) {
    const length = part.value.join('').length
    if (!part.added && !part.removed) {
      // Changes a mark or a space apart read as one (a space moved across a comma: `␣،` → `،␣`).
      if (length > MERGE_GAP) current = undefined
      oldAt += length
      newAt += length
      continue
    }
    if (!current) {
      const before = oldLine.slice(0, oldAt)
      const lastBreak = before.lastIndexOf('\n')
      current = {
        start: oldBase + oldAt,
        end: oldBase + oldAt,
        newStart: newBase + newAt,
        newEnd: newBase + newAt,
        line: line + countBreaks(before),
        column: oldAt - lastBreak
      }
      changes.push(current)
    }
    if (part.removed) oldAt += length
    else newAt += length
    current.end = oldBase + oldAt
    current.newEnd = newBase + newAt
  }
  return changes
}

export interface ChangesOptions {
  columns: number
  color?: boolean
}

const red = (text: string) => `\u001B[31m${text}\u001B[39m`
const green = (text: string) => `\u001B[32m${text}\u001B[39m`

/** One file's changes as lines to print ('' when the fix changes nothing). */
export function formatChanges(name: string, before: string, after: string, options: ChangesOptions): {text: string; count: number} {
  const changes = wordChanges(before, after)
  if (changes.length === 0) return {text: '', count: 0}
  const columns = Math.max(20, options.columns)
  const positionWidth = Math.max(...changes.map((c) => `${c.line}:${c.column}`.length))
  const indent = 2 + positionWidth + 2
  const room = columns - indent
  const lines = wrap(escapeForTerminal(name), columns)
  for (const change of changes) {
    const removed = before.slice(change.start, change.end)
    const added = after.slice(change.newStart, change.newEnd)
    // A change of spacing shows its spaces (`␣`): otherwise `،وإعداد` → `، وإعداد` looks like no change.
    const showSpaces = removed.replace(/\s+/gu, '') === added.replace(/\s+/gu, '')
    const old = excerpt(before, change.start, change.end, {columns: room, context: CONTEXT, showSpaces})
    const now = excerpt(after, change.newStart, change.newEnd, {columns: room, context: CONTEXT, showSpaces})
    const position = `${change.line}:${change.column}`.padStart(positionWidth)
    lines.push(`  ${position}  ${renderExcerpt(old, options.color ? red : undefined)}`)
    lines.push(`  ${CHANGES_TEXT.arrow.padStart(positionWidth)}  ${renderExcerpt(now, options.color ? green : undefined)}`)
  }
  return {text: lines.join('\n') + '\n', count: changes.length}
}
