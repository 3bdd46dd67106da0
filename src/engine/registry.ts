// The rules the engine knows, as packs handed to it: the command line, the
// language server, the worker threads and the library hand it the built-in
// Arabic pack (rules/index.ts), and loading a config hands it the packs the
// config names under `plugins`. Nothing in the engine imports a rule.
import type {Rule} from './define-rule.ts'
import type {RulePack} from './pack.ts'

export interface Registered {
  pack: RulePack
  /**
   * Its rules run at their default severity when the library is given no
   * setting for them (the built-in pack); a plugin's rules run only when a
   * config or a preset switches them on.
   */
  onByDefault: boolean
}

class RuleRegistry {
  private readonly entries: Registered[] = []
  private readonly byId = new Map<string, Rule<any>>()
  private readonly list: Rule<any>[] = []
  private readonly order = new Map<Rule<any>, number>()

  /** Add a pack (again: nothing happens). A rule id another pack holds is an error. */
  use(pack: RulePack, options: {onByDefault?: boolean} = {}): void {
    if (this.entries.some((entry) => entry.pack === pack)) return
    for (const rule of pack.rules) {
      const other = this.byId.get(rule.id)
      if (other && other !== rule) throw new Error(`rule \`${rule.id}\` of \`${pack.name}\` is already defined by \`${this.packOf(rule.id)?.name}\``)
    }
    this.entries.push({pack, onByDefault: options.onByDefault ?? true})
    for (const rule of pack.rules) {
      if (this.byId.has(rule.id)) continue
      this.byId.set(rule.id, rule)
      this.order.set(rule, this.list.length)
      this.list.push(rule)
    }
  }

  /** Every rule, pack by pack, in each pack's order (the order rules run and are listed in). */
  get rules(): readonly Rule<any>[] {
    return this.list
  }

  get packs(): readonly RulePack[] {
    return this.entries.map((entry) => entry.pack)
  }

  /** The packs handed to the engine as its own (the built-in rules), not by a config. */
  builtinPacks(): RulePack[] {
    return this.entries.filter((entry) => entry.onByDefault).map((entry) => entry.pack)
  }

  /** The rules that run at their default severity when nothing is said of them. */
  defaultRules(): Rule<any>[] {
    return this.builtinPacks().flatMap((pack) => pack.rules)
  }

  get(id: string): Rule<any> | undefined {
    return this.byId.get(id)
  }

  has(id: string): boolean {
    return this.byId.has(id)
  }

  ids(): IterableIterator<string> {
    return this.byId.keys()
  }

  packOf(id: string): RulePack | undefined {
    return this.entries.find((entry) => entry.pack.rules.some((rule) => rule.id === id))?.pack
  }

  /** The position of a rule in the run order (one-voice.ts ranks rules by it). */
  indexOf(rule: Rule<any>): number {
    return this.order.get(rule) ?? -1
  }
}

/** The one registry of this thread. */
export const registry = new RuleRegistry()
