// `translint stats build PATHS… [-o FILE]` counts a team's own edited
// documents into a statistics file that `stats` in .linterrc.json adds to the
// shipped counts (house style is the best reference); `translint stats info
// FILE` says what a statistics file holds.
import {resolve} from 'node:path'
import {countCorpus} from '../stats/count.ts'
import {encodeStats} from '../stats/format.ts'
import {readStatsFile, StatsLoadError} from '../stats/load.ts'
import {addDocument, createCorpus} from '../stats/tokens.ts'
import {expandPaths, InputError} from './files.ts'
import {readDocument} from './read.ts'
import {writeFileAtomic} from './write.ts'

interface StatsIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
}

const USAGE = `Usage:
  translint stats build PATHS... [-o FILE]   count edited documents (.txt, .md) into a statistics file
                                             (default FILE: translint.tlstats)
  translint stats info FILE                  what a statistics file holds
Then name the file in .linterrc.json: "stats": ["translint.tlstats"]
`

/** Runs `translint stats …`; returns the exit status. */
export async function runStats(argv: string[], io: StatsIo): Promise<number> {
  const [command, ...rest] = argv
  if (command === 'info' && rest.length === 1) return info(resolve(io.cwd, rest[0]!), io)
  if (command === 'build') {
    const paths: string[] = []
    let out = 'translint.tlstats'
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '-o' || rest[i] === '--output') out = rest[++i] ?? ''
      else paths.push(rest[i]!)
    }
    if (paths.length > 0 && out) return build(paths, resolve(io.cwd, out), io)
  }
  io.stderr(USAGE)
  return 2
}

async function build(paths: string[], out: string, io: StatsIo): Promise<number> {
  const corpus = createCorpus()
  let failed = false
  for await (const found of expandPaths(paths, {cwd: io.cwd, extensionsFor: async () => ['txt', 'md']})) {
    if (found instanceof InputError) {
      io.stderr(`translint: ${found.message}\n`)
      failed = true
      continue
    }
    try {
      addDocument(corpus, readDocument(found.path).text)
    } catch (error) {
      io.stderr(`translint: ${(error as Error).message}\n`)
      failed = true
    }
  }
  if (corpus.documents.length === 0) {
    io.stderr('translint: stats build: no documents found (.txt or .md)\n')
    return 2
  }
  const counts = countCorpus(corpus)
  const bytes = encodeStats(
    {source: `${corpus.documents.length} documents under ${paths.join(', ')}`, documents: counts.documents, words: counts.words, models: {}, totals: counts.totals},
    counts.tables
  )
  try {
    writeFileAtomic(out, bytes)
  } catch (error) {
    io.stderr(`translint: ${out}: cannot write the statistics file (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`)
    return 2
  }
  io.stdout(`${out}: ${counts.documents} documents, ${counts.words} words, ${(bytes.length / 1024).toFixed(0)} KB\n`)
  return failed ? 2 : 0
}

function info(path: string, io: StatsIo): number {
  try {
    const {header, sizes} = readStatsFile(path)
    const lines = [
      `source: ${header.source}`,
      ...(header.attribution ? [`credit: ${header.attribution}`] : []),
      `documents: ${header.documents}, words: ${header.words}`,
      `tables: ${[...sizes].map(([name, size]) => `${name} ${size}`).join(', ')}`,
      `models: ${Object.keys(header.models ?? {}).join(', ') || 'none'}`
    ]
    io.stdout(lines.join('\n') + '\n')
    return 0
  } catch (error) {
    if (error instanceof StatsLoadError) {
      io.stderr(`translint: ${error.message}\n`)
      return 2
    }
    throw error
  }
}
