// Text that reaches a terminal from a file — its name, or words quoted from it
// in a message — must not be able to drive the terminal. C0 and C1 control
// characters (ESC starts colour, cursor and title sequences; BEL, backspace and
// carriage return overwrite what is shown), DEL, and the bidirectional
// controls that reorder a line (the "Trojan Source" characters, direction marks,
// line and paragraph separators) are shown as `\u001b`-style escapes in the
// human formats (stylish, github, messages on standard error). Machine formats
// (json, sarif, checkstyle, junit) keep the text as it is: their own escaping
// applies and their readers want the real characters.

/** The characters shown escaped: C0 controls, DEL and C1 controls, and the bidi controls and separators. */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g

function escapeOne(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** `text` with every control and bidi character written as `\uXXXX`; everything else unchanged. */
export function escapeForTerminal(text: string): string {
  UNSAFE.lastIndex = 0
  return UNSAFE.test(text) ? text.replace(UNSAFE, escapeOne) : text
}

/** Whether `text` holds a character `escapeForTerminal` would escape. */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0
  return UNSAFE.test(text)
}
