// The unified attacher: `unified().use(retextArabic)` parses Arabic prose to nlcst.
import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import {ParseArabic} from './parse-arabic.ts'

const retextArabic: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (value: string) => new ParseArabic().parse(value)
}

export default retextArabic
export {ParseArabic}
