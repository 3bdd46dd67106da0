// Placeholders in a segment's text: printf (`%s`, `%1$s`, `%(name)s`), Qt and
// Windows (`%1`), .NET and Java (`{0}`), named (`{name}`, `{{name}}`,
// `${name}`), ICU message syntax (`{count, plural, one {…} other {…}}`: the
// argument, selectors and braces are code, the messages inside are prose) and
// HTML tags. They are protected: masked for the monolingual rules, compared
// with the source by `placeholder-mismatch`.
import type {Code, SegmentText} from './segment.ts'

// Flags include glibc's `I` (the locale's digits: Arabic translations write `%Id`) and `'` (grouping).
const PRINTF = /%(?:\(\w+\))?(?:\d+\$)?[-+#0I']*(?:\d+|\*)?(?:\.\d+)?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcsp@]|%\d+(?!\d)|%%/y
const DOLLAR = /\$\{\w+\}/y
const DOUBLE_BRACE = /\{\{\s*[\w.]+\s*\}\}/y
const SIMPLE_BRACE = /\{(?:\d+|[A-Za-z_][\w.]*)(?:\s*,\s*(?:number|date|time)(?:\s*,\s*[^{}]*)?)?\}/y
const ICU_HEAD = /\{\s*[A-Za-z_][\w.]*\s*,\s*(?:plural|select|selectordinal)\s*,(?:\s*offset:\d+)?/y
const ICU_SELECTOR = /\s*(?:=\d+|zero|one|two|few|many|other|[A-Za-z_]\w*)\s*\{/y
const HTML_TAG = /<\/?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/y

function match(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at
  return pattern.exec(text)?.[0]
}

/**
 * Keys compare placeholders written with different spacing as the same, and
 * printf directives without the flags that only change how the value is
 * written (`%Id`, the locale's digits, is `%d`).
 */
function keyOf(raw: string): string {
  if (raw.startsWith('<')) {
    const name = /^<(\/?)([A-Za-z][\w:-]*)/.exec(raw)!
    return `<${name[1]}${name[2]!.toLowerCase()}>`
  }
  if (raw.startsWith('%')) return raw.replace(/^(%(?:\(\w+\))?(?:\d+\$)?)([-+#0I']*)/, (_, head: string, flags: string) => head + flags.replace(/[I']/g, ''))
  return raw.replace(/\s+/g, '')
}

/** Find the placeholders of a text (not inside its inline tags). */
export function findPlaceholders(text: string): Code[] {
  const codes: Code[] = []
  // Open ICU constructs: each `{` that opened a message whose `}` is code.
  const icu: ('message' | 'head')[] = []
  const add = (start: number, raw: string, key = keyOf(raw)) => codes.push({start, end: start + raw.length, kind: 'placeholder', key, raw})
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x25 /* % */) {
      const found = match(PRINTF, text, i)
      if (found) {
        add(i, found)
        i += found.length - 1
      }
    } else if (c === 0x24 /* $ */) {
      const found = match(DOLLAR, text, i)
      if (found) {
        add(i, found)
        i += found.length - 1
      }
    } else if (c === 0x7b /* { */) {
      const found = match(DOUBLE_BRACE, text, i) ?? match(SIMPLE_BRACE, text, i)
      if (found) {
        add(i, found)
        i += found.length - 1
        continue
      }
      const head = match(ICU_HEAD, text, i)
      if (head) {
        add(i, head, keyOf(head))
        icu.push('head')
        i += head.length - 1
        // Selectors and their opening braces follow.
        for (;;) {
          const selector = match(ICU_SELECTOR, text, i + 1)
          if (!selector) break
          const at = i + 1 + (selector.length - selector.trimStart().length)
          add(at, selector.trim(), `${selector.replace(/\s+/g, '')}`)
          icu.push('message')
          i += selector.length
          break
        }
      }
    } else if (c === 0x7d /* } */ && icu.length > 0) {
      const kind = icu.pop()!
      add(i, '}', kind === 'message' ? '}' : '}}')
      if (kind === 'message') {
        // Another selector of the same argument may follow.
        const selector = match(ICU_SELECTOR, text, i + 1)
        if (selector && icu[icu.length - 1] === 'head') {
          const at = i + 1 + (selector.length - selector.trimStart().length)
          add(at, selector.trim(), selector.replace(/\s+/g, ''))
          icu.push('message')
          i += selector.length
        }
      }
    } else if (c === 0x3c /* < */) {
      const found = match(HTML_TAG, text, i)
      if (found) {
        add(i, found)
        i += found.length - 1
      }
    }
  }
  return codes
}

/** Add the placeholders of a segment text to its codes (kept in text order). */
export function protectPlaceholders(segment: SegmentText): void {
  if (!/[%${}<]/.test(segment.text)) return
  const found = findPlaceholders(segment.text).filter((code) => !segment.codes.some((tag) => code.start < tag.end && tag.start < code.end))
  if (found.length === 0) return
  segment.codes.push(...found)
  segment.codes.sort((a, b) => a.start - b.start)
}

/** The text with every code replaced by U+E000 (same length): what the monolingual rules read. */
export function maskCodes(segment: SegmentText): string {
  if (segment.codes.length === 0) return segment.text
  let out = ''
  let from = 0
  for (const code of segment.codes) {
    out += segment.text.slice(from, code.start) + '\uE000'.repeat(code.end - code.start)
    from = code.end
  }
  return out + segment.text.slice(from)
}

/**
 * Placeholders that machine translation has mangled: a printf directive with
 * the Arabic percent sign or a space inside (`٪ s`, `% 1`, `%1 $ s`), or a
 * brace placeholder with spaces or Arabic-Indic digits (`{ 0 }`, `{٠}`).
 * Each comes with the placeholder it stands for.
 */
const MANGLED = /[%٪]\s*(?:\(\s*(\w+)\s*\)\s*)?(?:([0-9٠-٩]+)\s*\$\s*)?([sdifxu@])(?![A-Za-z])|[%٪]\s+([0-9٠-٩]+)|٪([0-9٠-٩]+)|%([٠-٩]+)|\{\s*([0-9٠-٩]+|[A-Za-z_]\w*)\s*\}/gu

function westernDigits(value: string): string {
  return value.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
}

export interface Mangled {
  start: number
  end: number
  raw: string
  /** The placeholder it stands for, as the source writes it. */
  canonical: string
}

export function findMangled(text: string): Mangled[] {
  const found: Mangled[] = []
  for (const m of text.matchAll(MANGLED)) {
    let canonical: string
    if (m[3] !== undefined) canonical = `%${m[1] !== undefined ? `(${m[1]})` : ''}${m[2] !== undefined ? `${westernDigits(m[2])}$` : ''}${m[3]}`
    else if (m[4] !== undefined || m[5] !== undefined || m[6] !== undefined) canonical = `%${westernDigits(m[4] ?? m[5] ?? m[6]!)}`
    else canonical = `{${westernDigits(m[7]!)}}`
    if (canonical !== m[0]) found.push({start: m.index!, end: m.index! + m[0].length, raw: m[0], canonical})
  }
  return found
}
