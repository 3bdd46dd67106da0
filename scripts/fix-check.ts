// npm run fix:check: `--fix` over every shared document, with every rule on
// (`translint:all`) and with the recommended rules, through the path the
// command line and the library take (runTask). It reports
//   - documents whose fixed text has a finding the original did not have, and
//   - documents that a second `--fix` still changes.
// Both must be zero. A finding of the fixed text is old when a finding of the
// same rule in the original covers the same words: the fixed text is mapped
// back onto the original through a character diff of the two texts (not the
// fixer's own record of its edits, so the check does not trust what it checks).
// The original's findings include those that one voice per span leaves unreported
// (src/engine/one-voice.ts): they were there, another rule spoke for them.
//   npx tsx scripts/fix-check.ts [--examples N] [DIR ...]
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {diffChars} from 'diff'
import type {VFileMessage} from 'vfile-message'
import arabic, {rules} from '../rules/index.ts'
import {allOff, preset} from '../src/config/presets.ts'
import {lintFile} from '../src/engine/lint-file.ts'
import {runTask} from '../src/engine/task.ts'
import {fixText} from '../src/fix/fix.ts'
import type {RuleSettings} from '../src/engine/types.ts'

const root = resolve(new URL('..', import.meta.url).pathname)
const shared = join(root, '../shared')
const {values: args, positionals} = parseArgs({
  options: {examples: {type: 'string', default: '10'}},
  allowPositionals: true
})
const examples = Number(args.examples)
const folders = positionals.length
  ? positionals.map((folder) => resolve(folder))
  : [join(shared, 'corpus/clean'), join(shared, 'corpus/mt'), join(shared, 'corpus/errors/zaebuc/original'), join(root, 'seeds')]

interface Finding {
  ruleId: string
  reason: string
  start: number
  end: number
}

function findings(messages: VFileMessage[]): Finding[] {
  return messages
    .filter((m) => m.ruleId && m.ruleId !== 'unused-directive')
    .map((m) => {
      const place = m.place as {start: {offset: number}; end: {offset: number}}
      return {ruleId: m.ruleId!, reason: m.reason, start: place.start.offset, end: place.end.offset}
    })
}

/**
 * A map from offsets of `after` to offsets of `before`: an offset inside
 * inserted text maps to the place of the insertion.
 */
function backMap(before: string, after: string): (offset: number) => number {
  // The runs both texts share: [start in after, start in before, length].
  const runs: [number, number, number][] = []
  let a = 0
  let b = 0
  for (const part of diffChars(before, after)) {
    if (part.added) b += part.value.length
    else if (part.removed) a += part.value.length
    else {
      runs.push([b, a, part.value.length])
      a += part.value.length
      b += part.value.length
    }
  }
  return (offset) => {
    let low = 0
    let high = runs.length - 1
    if (high < 0 || runs[0]![0] > offset) return 0
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (runs[mid]![0] <= offset) low = mid
      else high = mid - 1
    }
    const [from, to, length] = runs[low]!
    return to + Math.min(offset - from, length)
  }
}

function newFindings(original: string, fixed: string, before: Finding[], after: Finding[]): Finding[] {
  if (original === fixed) {
    const seen = new Set(before.map((f) => `${f.ruleId}\0${f.start}\0${f.end}\0${f.reason}`))
    return after.filter((f) => !seen.has(`${f.ruleId}\0${f.start}\0${f.end}\0${f.reason}`))
  }
  const back = backMap(original, fixed)
  return after.filter((f) => {
    const start = back(f.start)
    const end = back(f.end)
    return !before.some((o) => o.ruleId === f.ruleId && o.start <= end && o.end >= start)
  })
}

function context(text: string, f: Finding): string {
  const from = Math.max(0, f.start - 25)
  const to = Math.min(text.length, f.end + 25)
  return `${text.slice(from, f.start)}[${text.slice(f.start, f.end)}]${text.slice(f.end, to)}`.replace(/\r?\n/g, '⏎')
}

interface Tally {
  documents: number
  fixed: number
  edits: number
  withheld: number
  withNew: number
  newFindings: number
  notIdempotent: number
  byRule: Map<string, number>
  samples: string[]
}

const presets: [string, RuleSettings][] = [
  ['translint:all', preset('translint:all', [arabic])!],
  ['translint:recommended', {...allOff([arabic]), ...preset('translint:recommended', [arabic])!}]
]

let failures = 0
const lines: string[] = []
for (const [name, settings] of presets) {
  for (const folder of folders) {
    if (!existsSync(folder)) {
      console.error(`fix-check: no folder ${folder}`)
      process.exit(2)
    }
    const tally: Tally = {documents: 0, fixed: 0, edits: 0, withheld: 0, withNew: 0, newFindings: 0, notIdempotent: 0, byRule: new Map(), samples: []}
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith('.txt')) continue
      const path = join(folder, file)
      const original = readFileSync(path, 'utf8')
      tally.documents++
      // Every rule's findings on the original, those one voice per span leaves unheard too: a
      // finding that stands once the rule that spoke on its words is fixed is not new.
      const before = findings(lintFile({path: file, value: original, rules: settings, settings: {}, everyVoice: true}).messages)
      const first = runTask({path: file, value: original, rules: settings, settings: {}, fix: {}})
      if (first.errors.length > 0 || first.fixed === undefined) {
        console.error(`fix-check: ${path}: ${first.errors.map((e) => `${e.ruleId}: ${e.message}`).join('; ')}`)
        process.exit(2)
      }
      const fixed = first.fixed
      if (fixed !== original) tally.fixed++
      // The fixer's own account of the edits it applied and withheld (the same fixer runTask calls).
      const lint = (text: string) => lintFile({path: file, value: text, rules: settings, settings: {}, everyVoice: true}).messages
      const account = fixText(original, lint)
      if (account.text !== fixed) {
        console.error(`fix-check: ${path}: the fixer and the command line's path disagree`)
        process.exit(2)
      }
      tally.edits += account.passes.reduce((sum, pass) => sum + pass.length, 0)
      tally.withheld += new Set(account.withheld.map(({edit}) => edit)).size
      const added = newFindings(original, fixed, before, findings(first.file.messages))
      if (added.length > 0) {
        tally.withNew++
        tally.newFindings += added.length
        for (const f of added) {
          tally.byRule.set(f.ruleId, (tally.byRule.get(f.ruleId) ?? 0) + 1)
          if (tally.samples.length < examples) tally.samples.push(`  ${relative(root, path)}: ${f.ruleId}: ${f.reason}\n      ${context(fixed, f)}`)
        }
      }
      const second = runTask({path: file, value: fixed, rules: settings, settings: {}, fix: {}})
      if (second.fixed !== fixed) {
        tally.notIdempotent++
        if (tally.samples.length < examples) tally.samples.push(`  ${relative(root, path)}: a second --fix changes it`)
      }
    }
    failures += tally.withNew + tally.notIdempotent
    const rulesText = [...tally.byRule].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ')
    lines.push(
      `${name} ${relative(root, folder)}: ${tally.documents} documents, ${tally.fixed} changed by --fix ` +
        `(${tally.edits} edits applied, ${tally.withheld} withheld); ` +
        `new findings in ${tally.withNew} (${tally.newFindings}${rulesText ? `: ${rulesText}` : ''}); second --fix changes ${tally.notIdempotent}`
    )
    console.log(lines.at(-1))
    for (const sample of tally.samples) console.log(sample)
  }
}
console.log(failures === 0 ? 'fix-check: no new finding, and a second --fix changes nothing' : `fix-check: ${failures} failing document runs`)
process.exit(failures === 0 ? 0 : 1)
