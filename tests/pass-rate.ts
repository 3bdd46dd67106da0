// The share of a folder's articles that pass a preset with `--max-warnings 0`
// (no warning, no error; `info` is advice and passes), run through the command
// line as a CI gate runs it. Used by tests/presets.test.ts and
// scripts/preset-pass-rate.ts.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {JsonMessage} from '../src/reporters/json.ts'
import {cli} from './cli-helpers.ts'

export interface PassRate {
  articles: number
  passed: number
  /** Rule id → articles in which it gives a warning or an error. */
  failingByRule: Map<string, number>
}

export async function passRate(folder: string, preset: string): Promise<PassRate> {
  const dir = mkdtempSync(join(tmpdir(), 'translint-preset-'))
  try {
    const config = join(dir, '.linterrc.json')
    writeFileSync(config, JSON.stringify({extends: preset}))
    // The articles only (the folder also holds its SOURCE.md).
    const result = await cli(['--config', config, '--format', 'json', join(folder, '*.txt')], {cwd: dir})
    if (result.code === 2) throw new Error(`translint failed on ${folder}: ${result.stderr}`)
    const files = JSON.parse(result.stdout) as {filePath: string; messages: JsonMessage[]}[]
    const failingByRule = new Map<string, number>()
    let passed = 0
    for (const file of files) {
      const failing = new Set(file.messages.filter((m) => m.severity !== 'info').map((m) => m.ruleId ?? ''))
      if (failing.size === 0) passed++
      for (const rule of failing) failingByRule.set(rule, (failingByRule.get(rule) ?? 0) + 1)
    }
    return {articles: files.length, passed, failingByRule}
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
