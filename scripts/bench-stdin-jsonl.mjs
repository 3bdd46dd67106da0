// `--stdin-jsonl` over a stream of records: records/s, MB/s and the peak memory
// of one long-lived translint process, fed MB megabytes of edited news (default
// 100) as {"id","text"} records, one article a record, from
// ../shared/corpus/ant (articles used again, numbered, when it runs out).
// Each answer is counted as it arrives; the records are written as the pipe
// takes them, so the process never has more than a pipe's worth waiting.
//
//   node scripts/bench-stdin-jsonl.mjs [MB]
import {spawn} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {createInterface} from 'node:readline'
import {gunzipSync} from 'node:zlib'

const root = new URL('..', import.meta.url).pathname
const megabytes = Number(process.argv[2] ?? 100)
const antDir = join(root, '../shared/corpus/ant')
const texts = []
for (const name of readdirSync(antDir).filter((n) => n.endsWith('.jsonl.gz')).sort()) {
  for (const line of gunzipSync(readFileSync(join(antDir, name))).toString('utf8').split('\n')) if (line) texts.push(JSON.parse(line).text)
}

const report = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nusage '+JSON.stringify({cpu:(u.userCPUTime+u.systemCPUTime)/1e6,maxRSS:u.maxRSS})+'\\n')})`
const child = spawn(process.execPath, ['--import', report, join(root, 'bin/translint.js'), '--stdin-jsonl'], {stdio: ['pipe', 'pipe', 'pipe']})
let stderr = ''
child.stderr.on('data', (data) => (stderr += data))
const start = process.hrtime.bigint()
let sent = 0
let bytes = 0
async function feed() {
  for (let round = 0; bytes < megabytes * 1e6; round++) {
    for (const text of texts) {
      if (bytes >= megabytes * 1e6) break
      const body = round === 0 ? text : `${text}\n${round}`
      bytes += Buffer.byteLength(body)
      if (!child.stdin.write(JSON.stringify({id: sent++, text: body}) + '\n')) await new Promise((done) => child.stdin.once('drain', done))
    }
  }
  child.stdin.end()
}
feed()
let answers = 0
let findings = 0
for await (const line of createInterface({input: child.stdout})) {
  answers++
  findings += (line.match(/"ruleId":/g) ?? []).length
}
await new Promise((done) => child.on('close', done))
const seconds = Number(process.hrtime.bigint() - start) / 1e9
const usage = JSON.parse(/\nusage (.*)\n$/.exec(stderr)?.[1] ?? '{}')
console.log(`${sent} records (${(bytes / 1e6).toFixed(1)} MB of text) in, ${answers} lines out, ${findings} findings`)
console.log(`${seconds.toFixed(1)} s wall, ${usage.cpu?.toFixed(1)} s CPU: ${(answers / seconds).toFixed(0)} records/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`)
console.log(`peak memory (max RSS) of the translint process: ${Math.round(usage.maxRSS / 1024)} MB`)
