// The unified attacher: `unified().use(retextArabic)` parses Arabic prose to nlcst.
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {ParseArabic} from './parse-arabic.ts'

export default function retextArabic(this: Processor<Root>): void {
  this.parser = parser
  function parser(value: string): Root {
    return new ParseArabic().parse(value)
  }
}

export {ParseArabic}
