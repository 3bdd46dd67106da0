/**
 * Push every item onto `target`, in order. `target.push(...items)` passes the
 * items as arguments, which overflows the stack when a sentence holds a few
 * hundred thousand tokens.
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (let index = 0; index < items.length; index++) target.push(items[index]!)
}
