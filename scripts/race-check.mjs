// Saves files at the worst moment of `--fix`: a watcher process saves a file
// the instant translint takes the file's lock, that is as it checks that the
// file is unchanged and swaps the new text in (write.ts), in place or by
// rename, alternately.
// Counts the saves that did not survive the run. Usage:
//   node scripts/race-check.mjs [files=200] [rounds=1]
import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const files = Number(process.argv[2] ?? 200)
const rounds = Number(process.argv[3] ?? 1)
const bin = new URL('../bin/translint.js', import.meta.url).pathname
const bad = 'شاركت الأمانـة في المؤتمر الدولي للتنمية.\n'
const watcher = `
const {watch, writeFileSync, renameSync} = require('node:fs')
const {join} = require('node:path')
const dir = process.argv[1]
const done = new Set()
let n = 0
watch(dir, (event, name) => {
  const m = /^\\.(.+)\\.translint\\.lock$/.exec(name || '')
  if (!m || done.has(m[1])) return
  done.add(m[1])
  const path = join(dir, m[1])
  const text = 'حفظ المستخدم ' + m[1] + '\\n'
  if (n++ % 2) writeFileSync(path, text)
  else { writeFileSync(path + '.new', text); renameSync(path + '.new', path) }
  process.stdout.write(m[1] + '\\n')
})
process.stdout.write('ready\\n')
`
let saved = 0
let lost = 0
for (let round = 0; round < rounds; round++) {
  const dir = mkdtempSync(join(tmpdir(), 'translint-race-'))
  for (let i = 0; i < files; i++) writeFileSync(join(dir, `f${i}.txt`), bad)
  writeFileSync(join(dir, '.linterrc.json'), JSON.stringify({extends: 'translint:recommended', rules: {tatweel: 'warn'}}))
  const watch = spawn(process.execPath, ['-e', watcher, dir], {stdio: ['ignore', 'pipe', 'inherit']})
  let out = ''
  watch.stdout.on('data', (d) => (out += d))
  while (!out.includes('ready')) await new Promise((r) => setTimeout(r, 20))
  spawnSync(process.execPath, [bin, '--fix', '--jobs', '1', dir], {encoding: 'utf8'})
  await new Promise((r) => setTimeout(r, 300))
  watch.kill()
  const edited = out.split('\n').filter((l) => l && l !== 'ready')
  for (const name of edited) {
    saved++
    if (readFileSync(join(dir, name), 'utf8') !== `حفظ المستخدم ${name}\n`) lost++
  }
  const left = readdirSync(dir).filter((n) => n.startsWith('.') && n !== '.linterrc.json')
  if (left.length) console.log(`round ${round}: sidecars left: ${left.join(' ')}`)
}
console.log(`${files} files × ${rounds} rounds: ${saved} saved the moment the file was locked to be replaced, ${lost} of them overwritten`)
