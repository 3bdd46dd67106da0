// --changed-since REF: the files changed since a git ref (committed, staged,
// unstaged and untracked), as absolute paths.
import {resolve} from 'node:path'
import {InputError} from './files.ts'

function git(args: string[], cwd: string): string {
  try {
    // Loaded here, not imported: node:child_process and the network modules it loads were about 3 ms of every
    // cold start, and only --changed-since runs git.
    return process.getBuiltinModule('node:child_process').execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
  } catch (error) {
    const stderr = String((error as {stderr?: unknown}).stderr ?? '').trim().split('\n')[0]
    throw new InputError('--changed-since', stderr || (error as Error).message)
  }
}

export function changedSince(ref: string, cwd: string): Set<string> {
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim()
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)
  const changed = git(['diff', '--name-only', '--diff-filter=ACMR', '-z', ref, '--'], top)
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], top)
  const files = new Set<string>()
  for (const name of [...changed.split('\0'), ...untracked.split('\0')]) if (name) files.add(resolve(top, name))
  return files
}
