// npm run docs: regenerate the examples block of every rule page.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {rules} from '../rules/index.ts'
import {updatePage} from '../src/engine/docs.ts'

// `npm run docs -- id ...` regenerates only those pages.
const only = process.argv.slice(2)
for (const rule of rules) {
  if (only.length > 0 && !only.includes(rule.id)) continue
  const path = new URL(`../rules/${rule.id}.md`, import.meta.url)
  const page = existsSync(path) ? readFileSync(path, 'utf8') : `# ${rule.id}\n\n${rule.description}.\n`
  const next = updatePage(page, rule)
  if (next !== page) {
    writeFileSync(path, next)
    console.log(`updated rules/${rule.id}.md`)
  }
}
