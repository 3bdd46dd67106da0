// npm run presets:measure: how many articles of professionally edited news
// pass each preset with `--max-warnings 0`, and which rules fail the others:
// the figures behind the presets' membership (README, "Presets").
//   npx tsx scripts/preset-pass-rate.ts [FOLDER]   (default ../shared/corpus/clean)
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import arabic from '../rules/index.ts'
import {passRate} from '../tests/pass-rate.ts'

const root = new URL('..', import.meta.url).pathname
const folder = process.argv[2] ?? join(root, '../shared/corpus/clean')
if (!existsSync(folder)) {
  console.error(`preset-pass-rate: no folder ${folder}`)
  process.exit(1)
}
for (const name of Object.keys(arabic.configs)) {
  const {articles, passed, failingByRule} = await passRate(folder, `translint:${name}`)
  console.log(`translint:${name}: ${passed}/${articles} articles pass --max-warnings 0 (${((100 * passed) / articles).toFixed(1)}%)`)
  if (name === 'all') {
    for (const [rule, count] of [...failingByRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(22)} fails ${count} articles`)
  }
}
