// Development runner: the CLI straight from the TypeScript sources (no build).
//   npx tsx scripts/run.ts --format json ../shared/corpus/clean > /tmp/clean.json
import {run} from '../src/cli/index.ts'

process.exitCode = await run(process.argv.slice(2))
