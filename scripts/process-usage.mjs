// Preloaded (node --import) into a process the benchmark runs: at exit, writes
// the process's peak memory and processor time as JSON to the file named by
// TRANSLINT_USAGE_FILE, for figures of the real command-line process.
import {writeFileSync} from 'node:fs'

process.on('exit', () => {
  const usage = process.resourceUsage()
  const file = process.env.TRANSLINT_USAGE_FILE
  if (file) writeFileSync(file, JSON.stringify({maxRssKB: usage.maxRSS, userMicros: usage.userCPUTime, systemMicros: usage.systemCPUTime}))
})
