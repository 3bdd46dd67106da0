// A folder of many files of edited news for the benchmarks that run the bin
// over a tree: the articles of ../shared/corpus/ant (31,196 of them, about
// 48 MB), one a file, a thousand files a folder; past the corpus's end the
// articles come again with a number appended, so no two files are the same.
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'

const root = new URL('..', import.meta.url).pathname
export const antDir = join(root, '../shared/corpus/ant')

/** The articles' texts, in the corpus's order. */
export function antTexts() {
  if (!existsSync(antDir)) throw new Error(`${antDir} is missing (the shared news corpus)`)
  const texts = []
  for (const name of readdirSync(antDir).filter((n) => n.endsWith('.jsonl.gz')).sort()) {
    for (const line of gunzipSync(readFileSync(join(antDir, name))).toString('utf8').split('\n')) {
      if (line) texts.push(JSON.parse(line).text)
    }
  }
  return texts
}

/** Write `megabytes` (10^6 bytes) of articles under `dir`/docs; returns the files and bytes written. */
export function buildTree(dir, megabytes) {
  const texts = antTexts()
  let bytes = 0
  let files = 0
  for (let round = 0; bytes < megabytes * 1e6; round++) {
    for (const text of texts) {
      if (bytes >= megabytes * 1e6) break
      const folder = join(dir, 'docs', String(Math.floor(files / 1000)))
      if (files % 1000 === 0) mkdirSync(folder, {recursive: true})
      const body = round === 0 ? text : `${text}\n${round}\n`
      writeFileSync(join(folder, `${files}.txt`), body)
      bytes += Buffer.byteLength(body)
      files++
    }
  }
  return {files, bytes}
}
