// How Arabic text spells out the Latin letters of an acronym (`سي إن إن`,
// `إف بي آي`, `إم إتش 17`), normalised (alef forms unified, final ى as ي).
// A run of two or more of them is an acronym, not words: the hamza rule
// leaves them alone. `أو` (O) and `في` (V) are left out: as words they are
// far more common than as letters.
export const LETTER_NAMES: readonly string[] = [
  'اي', 'ايه', 'بي', 'سي', 'دي', 'اف', 'جي', 'اتش', 'ايتش', 'جاي', 'جيه', 'كي', 'كاي', 'ال', 'ام', 'ان',
  'كيو', 'ار', 'اس', 'تي', 'يو', 'دبليو', 'اكس', 'واي', 'زد'
]
