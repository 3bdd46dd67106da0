// A digest of a text: what the bilingual pipeline keeps of a text it only
// compares for equality across a whole file (a PO entry's key and strings, a
// normalised source or target), so that what it keeps per segment stays small
// whatever the length of the segment. SHA-1 in base64: 27 characters, and two
// different texts never meet in practice.

// node:crypto is loaded when a bilingual file is first linted: the rules that
// use this load with every run, and a plain run does not need it.
let crypto: typeof import('node:crypto') | undefined

export function digest(text: string): string {
  crypto ??= process.getBuiltinModule('node:crypto')
  return crypto.createHash('sha1').update(text).digest('base64')
}
