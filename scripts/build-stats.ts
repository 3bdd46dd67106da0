// npm run build:stats: count the edited news of the ANT corpus into the shipped
// statistics file data/stats/ar-news.tlstats, and fit the models the rules use
// on counts from one part of the corpus and examples from the other.
//
//   npx tsx scripts/build-stats.ts [--ant DIR] [--out FILE] [--cache FILE]
//
// --cache keeps the parsed corpus in a file, to refit the models without parsing again.
import {existsSync, readdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {countCorpus} from '../src/stats/count.ts'
import {encodeStats} from '../src/stats/format.ts'
import {addDocument, createCorpus, readCorpus, writeCorpus} from '../src/stats/tokens.ts'
import {CorpusStats} from '../src/stats/corpus-stats.ts'
import {isHeldOutArticle} from '../eval/holdout.ts'
import {boundaryExamples, endingExamples, fitBoundaryModel, fitEndingModel, misses} from './stats-models.ts'

const args = process.argv.slice(2)
const flag = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback)
const antDir = flag('--ant', '../shared/corpus/ant')
const out = flag('--out', 'data/stats/ar-news.tlstats')

const cache = args.includes('--cache') ? flag('--cache', '') : undefined

const started = performance.now()
const articles: Array<{id: string; title?: string; text: string}> = []
for (const name of readdirSync(antDir).filter((n) => n.endsWith('.jsonl.gz')).sort()) {
  for (const line of gunzipSync(readFileSync(join(antDir, name))).toString('utf8').split('\n')) {
    if (!line) continue
    const article = JSON.parse(line) as {id: string; title?: string; text: string}
    // Kept out so the evaluation measures on edited news the counts have not seen.
    if (!isHeldOutArticle(article.id)) articles.push(article)
  }
}
let corpus = cache && existsSync(cache) ? readCorpus(cache) : undefined
if (!corpus || corpus.documents.length !== articles.length) {
  corpus = createCorpus()
  for (const article of articles) addDocument(corpus, article.text, article.title)
  if (cache) writeCorpus(cache, corpus)
}
console.log(`read ${corpus.documents.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`)

const minCount = {words: 2, pairs: 2, forms: 2, contexts: 2}
// Models: counts from four articles in five, examples from the fifth.
const forModels = (index: number) => index % 5 === 0
const training = countCorpus(corpus, {include: (i) => !forModels(i), minCount})
const trainingStats = new CorpusStats([{header: {source: 'training', documents: training.documents, words: training.words, models: {}, totals: training.totals}, tables: training.tables}])
const boundaryCases = boundaryExamples(articles.filter((_, i) => forModels(i)), trainingStats, 1)
const boundary = fitBoundaryModel(boundaryCases, 0.01, 0.004, 2)
for (const line of boundary.lines) console.log(line)
if (args.includes('--misses')) for (const line of misses(boundaryCases, boundary.model, 40)) console.log(line)
const endingCases = endingExamples(articles.filter((_, i) => forModels(i)), trainingStats, 3)
const ending = fitEndingModel(endingCases, 0.02, 0.1, 4)
for (const line of ending.lines) console.log(line)
if (args.includes('--misses')) for (const line of misses(endingCases, ending.model, 40)) console.log(line)
if (args.includes('--models-only')) process.exit(0)

const counts = countCorpus(corpus, {minCount})
const bytes = encodeStats(
  {
    source: 'ANT Corpus v2.1 (edited Arabic news: Al Arabiya, BBC Arabic, CNN Arabic, France 24, Sky News Arabia; 2018)',
    attribution:
      'Chouigui, Ben Khiroun & Elayeb, "ANT Corpus: An Arabic News Text Collection for Textual Classification", AICCSA 2017; https://antcorpus.github.io',
    documents: counts.documents,
    words: counts.words,
    models: {boundary: boundary.model, ending: ending.model},
    totals: counts.totals
  },
  counts.tables
)
writeFileSync(out + '.tmp', bytes)
renameSync(out + '.tmp', out)
for (const [name, table] of Object.entries(counts.tables)) console.log(`${name}: ${table.size} keys`)
console.log(`${out}: ${(bytes.length / 1048576).toFixed(1)} MiB in ${((performance.now() - started) / 1000).toFixed(1)} s`)
