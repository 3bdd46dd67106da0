// Where a document the editor names by URI lives. A `file:` URI this system
// can open is a file: its config is looked up from its folder. Anything else
// (an unsaved buffer, another scheme, a `file:` URI with a host or an encoded
// `/` that no POSIX path can hold) is linted with the default configuration,
// under a name whose extension gives the syntax.
import {fileURLToPath} from 'node:url'

export interface DocumentPlace {
  /** The file on disk, when there is one: configs are looked up from it. */
  path?: string
  /** The name the document is linted under: its path, or a bare name with the extension of its syntax. */
  name: string
}

const KNOWN_EXTENSION = /\.(txt|md|markdown|mdown|mkd|mdx|html?|xhtml|xlf|xliff|sdlxliff|mxliff|po|pot|tmx|tsv|csv)$/i
const LANGUAGE_EXTENSIONS: Readonly<Record<string, string>> = {markdown: 'md', html: 'html'}

export function placeOf(uri: string, languageId = ''): DocumentPlace {
  if (uri.startsWith('file:')) {
    try {
      const path = fileURLToPath(uri)
      return {path, name: path}
    } catch {
      // A host, an encoded separator, a malformed URI: not a file this system can open.
    }
  }
  return {name: untitledName(uri, languageId)}
}

/** `document.<ext>`: the extension of the URI's last segment when it is one translint reads, else the language's. */
function untitledName(uri: string, languageId: string): string {
  let last = ''
  try {
    const url = new URL(uri)
    last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1)
  } catch {
    last = uri.slice(uri.lastIndexOf('/') + 1)
  }
  const extension = KNOWN_EXTENSION.exec(last)?.[1]
  return `document.${extension ?? LANGUAGE_EXTENSIONS[languageId] ?? 'txt'}`
}
