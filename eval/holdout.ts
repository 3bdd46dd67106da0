// Which articles of corpus/ant are kept out of the shipped statistics
// (scripts/build-stats.ts) so the evaluation can measure on edited news the
// statistics have not seen: one article in 50, by a hash of its id (stable
// whatever the order of the files).
import {hash32} from '../src/stats/hash.ts'

export function isHeldOutArticle(id: string): boolean {
  return hash32(id) % 50 === 0
}
