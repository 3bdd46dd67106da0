// A regular expression made when first used. V8 builds the classes of a
// literal with \p{…} from ICU's tables when the literal is evaluated, 60–80 µs
// each (measured with process.cpuUsage in a fresh process): a module-level one
// costs every start that much whether a lint needs it or not, and most are for
// text a plain file seldom has (links, scripts other than Arabic and Latin).
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined
  return () => (made ??= make())
}
