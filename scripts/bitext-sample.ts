// Build tests/fixtures/bitext/sample.tsv, the annotated sample of the
// English→Arabic test set in ../shared/corpus/bitext: real GPT-3.5 outputs
// (MIT) and FLORES-200 references (CC BY-SA 4.0) as they are, and FLORES
// references changed in marked ways (a digit changed, a number dropped, the
// digits written in another script, the source copied, a placeholder put in
// and mangled). Each row says which of `number-mismatch`, `untranslated` and
// `placeholder-mismatch` must report it (`expect`, with the reported text
// after a colon where it matters) and, when empty, that they must stay silent.
// Deterministic: the same input gives the same file.
import {readFileSync, writeFileSync} from 'node:fs'

const dir = new URL('../../shared/corpus/bitext/', import.meta.url)
const rows = readFileSync(new URL('flores200-devtest/gpt-3.5-turbo.tsv', dir), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t'))
const byId = new Map(rows.map((r) => [Number(r[0]), {source: r[1]!, gpt: r[2]!, reference: r[3]!.trim()}]))
const examples = readFileSync(new URL('measurements_examples.tsv', dir), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t'))
const numberIds = [...new Set(examples.filter((e) => e[0] === 'gpt-3.5-turbo' && e[1]!.startsWith('num')).map((e) => Number(e[2])))].sort((a, b) => a - b)
const latinIds = [...new Set(examples.filter((e) => e[0] === 'gpt-3.5-turbo' && e[1]!.startsWith('latin')).map((e) => Number(e[2])))]

interface Row {
  id: string
  source: string
  target: string
  expect: string
  origin: string
}
const out: Row[] = []

// Read by hand: every GPT-3.5 row any number check of measure.py flags, the
// rows with Latin words copied, and the first 100 rows. One real number error:
// 197 turns "in his 20s" into "in his second decade" (`عقده الثاني`).
const annotated: Record<number, string> = {197: 'number-mismatch:الثاني'}
const gptIds = [...new Set([...Array.from({length: 100}, (_, i) => i + 1), ...numberIds, ...latinIds])].sort((a, b) => a - b)
for (const id of gptIds) {
  const row = byId.get(id)!
  out.push({id: `gpt-${id}`, source: row.source, target: row.gpt, expect: annotated[id] ?? '', origin: 'gpt-3.5-turbo'})
}
// The human references of the rows with numbers: all correct as to numbers.
for (const id of numberIds) {
  const row = byId.get(id)!
  out.push({id: `ref-${id}`, source: row.source, target: row.reference, expect: '', origin: 'flores-reference'})
}

const ASCII = /(?<![\p{L}0-9٠-٩:.,])[0-9]{2,}(?![\p{L}0-9٠-٩.,٫٬:])/gu
const indic = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)))
// References with a number of two digits or more that also stands in the source.
const withNumbers = [...byId.entries()].filter(([, r]) => {
  const found = r.reference.match(ASCII) ?? []
  return found.length > 0 && found.every((n) => new RegExp(`(?<![\\w,.:])${n}(?![\\w,.:])`).test(r.source)) && !/[٠-٩]/.test(r.reference)
})
let k = 0
const take = (n: number) => withNumbers.slice(k, (k += n))
for (const [id, r] of take(20)) {
  out.push({id: `ref-${id}-indic`, source: r.source, target: indic(r.reference), expect: '', origin: 'flores-reference, digits written as Arabic-Indic'})
}
for (const [id, r] of take(20)) {
  const number = r.reference.match(ASCII)![0]
  // Swap the last two digits, or change the last one when they are the same.
  const last = number.at(-1)!
  const changed = number.at(-2) !== last ? number.slice(0, -2) + last + number.at(-2) : number.slice(0, -1) + String((Number(last) + 1) % 10)
  out.push({id: `ref-${id}-changed`, source: r.source, target: r.reference.replace(number, changed), expect: `number-mismatch:${changed}`, origin: `flores-reference, ${number} changed to ${changed}`})
}
for (const [id, r] of take(15)) {
  const number = r.reference.match(ASCII)![0]
  // Drop the number and the word after it.
  const target = r.reference.replace(new RegExp(`${number}\\s*\\S*\\s?`), '')
  out.push({id: `ref-${id}-dropped`, source: r.source, target, expect: 'number-mismatch', origin: `flores-reference, ${number} and the word after it dropped`})
}
for (const [id, r] of take(10)) {
  const thousands = r.reference.replace(/\b([0-9]{1,3})([0-9]{3})\b/g, (_, a: string, b: string) => indic(`${a}٬${b}`)).replace(/[0-9]+/g, indic)
  out.push({id: `ref-${id}-separators`, source: r.source, target: thousands, expect: '', origin: 'flores-reference, Arabic-Indic digits with the Arabic thousands mark'})
}
// Untranslated: the source copied as the target, or no target.
const plain = [...byId.entries()].filter(([id]) => id > 600).slice(0, 14)
plain.slice(0, 10).forEach(([id, r]) => out.push({id: `src-${id}-copied`, source: r.source, target: r.source, expect: 'untranslated', origin: 'flores-source copied as the target'}))
plain.slice(10, 14).forEach(([id, r]) => out.push({id: `src-${id}-empty`, source: r.source, target: '', expect: 'untranslated', origin: 'flores-source with no target'}))
// Placeholders: a number of source and reference replaced by a placeholder, kept or mangled as MT does.
const forms: [string, string, string][] = [
  ['%d', '%d', ''],
  ['%d', '٪ d', 'placeholder-mismatch:٪ d'],
  ['%s', '% s', 'placeholder-mismatch:% s'],
  ['%1$s', '%1$s', ''],
  ['%1$s', '٪1 $ s', 'placeholder-mismatch:٪1 $ s'],
  ['{0}', '{0}', ''],
  ['{0}', '{ 0 }', 'placeholder-mismatch:{ 0 }'],
  ['{0}', '{٠}', 'placeholder-mismatch:{٠}'],
  ['%1', '%1', ''],
  ['%1', '% 1', 'placeholder-mismatch:% 1'],
  ['{count}', '{count}', ''],
  ['%d', '', 'placeholder-mismatch']
]
// Rows of their own or shared with the changes above: each row id says which change it carries.
// Not after `$` (`$45` would become `${count}`, another kind of placeholder).
const base = withNumbers.filter(([, r]) => !/\$[0-9]/.test(r.source)).slice(0, forms.length * 2)
base.forEach(([id, r], i) => {
  const [source, target, expect] = forms[i % forms.length]!
  const number = r.reference.match(ASCII)![0]
  out.push({
    id: `ref-${id}-placeholder-${i}`,
    source: r.source.replace(number, source),
    target: r.reference.replace(number, target).replace(/\s{2,}/g, ' '),
    expect,
    origin: `flores-reference, ${number} replaced by ${source} in the source and ${target ? `\`${target}\`` : 'nothing'} in the target`
  })
})

const text = ['id\tsource\ttarget\texpect\torigin', ...out.map((r) => [r.id, r.source, r.target, r.expect, r.origin].join('\t'))].join('\n') + '\n'
writeFileSync(new URL('../tests/fixtures/bitext/sample.tsv', import.meta.url), text)
console.log(`${out.length} rows, ${out.filter((r) => r.expect).length} to report`)
