import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseLatin} from 'parse-latin'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {ParseArabic, ParseArabicBlocks} from '../src/parser/parse-arabic.ts'
import retextArabic from '../src/parser/retext-arabic.ts'
import {mergeNumericTokensIn} from '../src/parser/plugins/merge-numeric-tokens.ts'
import {mergeJoinersIn} from '../src/parser/plugins/merge-word-joiners.ts'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {VFile} from 'vfile'
import {ReferenceArabic, ReferenceArabicBlocks} from './reference-parser.ts'

const parse = (text: string) => new ParseArabic().parse(text)

/** Sentences of each paragraph, as strings. */
function sentences(text: string): string[][] {
  return parse(text)
    .children.filter((p) => p.type === 'ParagraphNode')
    .map((p) => (p as {children: {type: string}[]}).children.filter((s) => s.type === 'SentenceNode').map((s) => toString(s as never)))
}

function words(text: string): string[] {
  const result: string[] = []
  visit(parse(text), 'WordNode', (node) => {
    result.push(toString(node))
  })
  return result
}

describe('ParseArabic', () => {
  it('ends sentences at . ! ؟ ? … and ۔', () => {
    expect(sentences('قال الوزير. هل حضر؟ نعم! وماذا بعد? لا شيء… انتهى۔ ثم')).toEqual([
      ['قال الوزير.', 'هل حضر؟', 'نعم!', 'وماذا بعد?', 'لا شيء…', 'انتهى۔', 'ثم']
    ])
  })

  it('does not end a sentence at an abbreviation', () => {
    expect(sentences('استقبل د. بدر الوفد.')).toEqual([['استقبل د. بدر الوفد.']])
    expect(sentences('حاضر أ.د. محمد علي في الجامعة.')).toEqual([['حاضر أ.د. محمد علي في الجامعة.']])
    expect(sentences('العنوان ص.ب. 1234 الرياض.')).toEqual([['العنوان ص.ب. 1234 الرياض.']])
    expect(sentences('بني عام 300 ق.م. في المدينة.')).toEqual([['بني عام 300 ق.م. في المدينة.']])
    expect(sentences('قال م. خالد إن المشروع جاهز.')).toEqual([['قال م. خالد إن المشروع جاهز.']])
    expect(sentences('وقّع J. K. Smith الاتفاق.')).toEqual([['وقّع J. K. Smith الاتفاق.']])
  })

  it('ends a sentence at an era marker after a year', () => {
    expect(sentences('انعقد المؤتمر عام 2022 م. وحضره الوزير.')).toEqual([['انعقد المؤتمر عام 2022 م.', 'وحضره الوزير.']])
  })

  it('keeps decimals, dates, times and URLs in one word', () => {
    expect(words('ارتفع 3.5 في 23/5/2022 الساعة 12:30 على www.example.com اليوم')).toEqual([
      'ارتفع', '3.5', 'في', '23/5/2022', 'الساعة', '12:30', 'على', 'www.example.com', 'اليوم'
    ])
    expect(words('الفترة 2022-2024 حتى ٢٣/٥/٢٠٢٢ الساعة 10:15:30')).toEqual(['الفترة', '2022-2024', 'حتى', '٢٣/٥/٢٠٢٢', 'الساعة', '10:15:30'])
    expect(sentences('في 23.5.2022 عقد الاجتماع.')).toEqual([['في 23.5.2022 عقد الاجتماع.']])
    expect(sentences('ارتفع المؤشر 3.5 بالمئة.')).toEqual([['ارتفع المؤشر 3.5 بالمئة.']])
  })

  it('treats every line as its own paragraph, so a title is not glued to the next line', () => {
    expect(sentences('عنوان الخبر بلا نقطة\nقال الوزير إن الاجتماع ناجح. وأضاف أنه مهم.\n\nسطر أخير')).toEqual([
      ['عنوان الخبر بلا نقطة'],
      ['قال الوزير إن الاجتماع ناجح.', 'وأضاف أنه مهم.'],
      ['سطر أخير']
    ])
  })

  it('starts a paragraph at a line indented with no-break or other Unicode spaces', () => {
    expect(sentences('عنوان الخبر\n\n\u00A0\u00A0أصدر المجلس بيانا.\n\u2003\u2003وأضاف أنه مهم.\n')).toEqual([
      ['عنوان الخبر'],
      ['أصدر المجلس بيانا.'],
      ['وأضاف أنه مهم.']
    ])
  })

  it('handles CRLF line endings', () => {
    expect(sentences('سطر أول\r\nسطر ثان.\r\n')).toEqual([['سطر أول'], ['سطر ثان.']])
  })

  it('keeps ZWNJ, ZWJ and direction marks inside a word', () => {
    expect(words('كلمة\u200Cمركبة و\u200Fنص آخر\u200E')).toEqual(['كلمة\u200Cمركبة', 'و\u200Fنص', 'آخر\u200E'])
  })

  it('gives every node a position with offsets that match the text', () => {
    const text = 'قال د. علي:\r\n«نعم»، ثم غادر… 3.5٪\nEnglish line.'
    const tree = parse(text)
    visit(tree, (node) => {
      expect(node.position).toBeDefined()
      const {start, end} = node.position!
      expect(typeof start.offset).toBe('number')
      expect(typeof end.offset).toBe('number')
      if (node.type !== 'RootNode') expect(text.slice(start.offset!, end.offset!)).toBe(toString(node as never))
    })
  })

  it('tokenizes exactly like parse-latin', () => {
    const samples = ['Hello, world! It costs $3.50 — really?', 'مرحبا، عالم 😀😀 x\u200Cy ؟؟ ..،', 'a\r\nb\r\rc\n\n\nd', '\r\nمرحبا\r\n\r\n،x \n\r\r\n😀\r']
    for (const sample of samples) expect(new ParseArabic().tokenize(sample)).toEqual(new ParseLatin().tokenize(sample))
  })

  it('keeps working on Latin-script text', () => {
    const text = 'Smith arrived, i.e. on time. He said: it is 3.5 km away! Did he? Yes.'
    expect(sentences(text)).toEqual([['Smith arrived, i.e. on time.', 'He said: it is 3.5 km away!', 'Did he?', 'Yes.']])
    const latin = new ParseLatin().parse(text)
    expect(sentences(text)[0]).toEqual(
      (latin.children[0] as {children: {type: string}[]}).children.filter((s) => s.type === 'SentenceNode').map((s) => toString(s as never))
    )
  })

  it('is a unified parser (retextArabic)', () => {
    const tree = unified().use(retextArabic).parse('جملة أولى. جملة ثانية.') as Root
    expect(tree.type).toBe('RootNode')
    expect(tree.children[0].type).toBe('ParagraphNode')
  })

  it('builds the same tree with its plugin guards as with the plugins run everywhere', () => {
    // The guards only skip plugins that would find nothing to do: an unguarded
    // parser (parse-latin's sentence plugins as they are) must agree on every
    // node and position.
    class Unguarded extends ParseArabic {}
    expect(ParseArabic.prototype.tokenizeSentencePlugins).toHaveLength(1)
    Unguarded.prototype.tokenizeSentencePlugins = [
      mergeJoinersIn,
      ...(ParseLatin.prototype.tokenizeSentencePlugins as unknown[]),
      mergeNumericTokensIn
    ] as never
    const paragraph = [...(ParseArabic.prototype.tokenizeParagraphPlugins as unknown[])]
    const latinParagraph = ParseLatin.prototype.tokenizeParagraphPlugins as unknown[]
    const at = paragraph.findIndex((plugin) => (plugin as {name: string}).name === 'mergeRemainingFullStops')
    expect(at).toBeGreaterThan(0)
    paragraph[at] = latinParagraph[6]
    Unguarded.prototype.tokenizeParagraphPlugins = paragraph as never
    const samples = [
      'AT&T و& شركة &أخرى، R&D.',
      'نظام ثنائي- وثلاثي -الأبعاد، e-mail و co-operation - نعم.',
      "قال: O'Brien و rock'n'roll و a.b.c و x:y و foo=bar و a@b و __init__ و ‐ ‑",
      'معدل 50/50 و km/h و and/or و أ/ب و 2024/05/03 و /مقدمة',
      'U.S.A. و e.g. و i.e. و أ.د. محمد و 1.2.3. و A.B و ق.م.',
      'بتاريخ 12-05-2024 الساعة 10:30 و 3.5% و ٣/٤ و 1,000.50 و 10.',
      'كلمة‌كلمة ‍و ‏(نص)‎.',
      'Hello - world -- yes & no / maybe. A.B.C. is a co. ltd.',
      '',
      '& / - . :',
      'قال د. محمد إن 3. البند .النص و .. ثم . نعم. A. B. Smith و x.y. وU.N. انتهى.',
      'جملة أولى. جملة. ثانية .. ثالثة ... رابعة.'
    ]
    const seeds = join(import.meta.dirname, '..', 'seeds')
    for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) samples.push(readFileSync(join(seeds, name), 'utf8'))
    for (const sample of samples) expect(new ParseArabic().parse(sample)).toEqual(new Unguarded().parse(sample))
  })

  // The paragraph and root plugins run in one pass each, and the sentence
  // plugins window by window (src/parser/plugins/*): the tree must be the one
  // parse-latin's plugins build over the whole text, node for node, position
  // for position, on real text and on random soups of the tokens its plugins
  // act on (long ones span many windows).
  const SOUP = [
    'كتاب', 'الوزير', 'قال', 'Smith', 'said', 'i', 'e', 'a', 'x', 'etc', 'U', 'S', '12', '3', '2022', '٣', 'د', 'أ', 'م', 'هـ', 'ه', 'ج', 'ع', 'إلخ',
    '/', '-', '.', ':', ',', ';', '،', '؛', '؟', '۔', '!', '?', '…', '...', '..', '&', "'", '’', '_', '@', '=', ')', '(', '«', '»', '"',
    '\u200C', '\u200D', '\u200F', '\u061C', ' ', ' ', ' ', '  ', '\t', '\u00A0', '\n', '\n', '\r\n', '\r', '\n\n', ' \n ', '\n\n\n',
    '😀', '--', '*', '#', '`code`', '[a](b)', '> ', '- '
  ]
  function soups(count: number, pieces: number, seed: number): string[] {
    let state = seed
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
    const result: string[] = []
    for (let i = 0; i < count; i++) {
      let text = ''
      const length = Math.floor(next() * pieces)
      for (let j = 0; j < length; j++) text += SOUP[Math.floor(next() * SOUP.length)]
      result.push(text)
    }
    return result
  }
  const seedTexts = () => {
    const seeds = join(import.meta.dirname, '..', 'seeds')
    return readdirSync(seeds).filter((n) => n.endsWith('.txt')).map((name) => readFileSync(join(seeds, name), 'utf8'))
  }

  it('builds the tree parse-latin\'s plugins build over the whole text', () => {
    const texts = [...seedTexts(), seedTexts().join('').replace(/\n/g, ' '), 'كتاب\n'.repeat(3000), ...soups(600, 80, 1), ...soups(8, 4000, 2)]
    for (const text of texts) expect(new ParseArabic().parse(text)).toEqual(new ReferenceArabic().parse(text))
  })

  it('builds the tree parse-latin\'s plugins build over a whole Markdown document', () => {
    const toNlcst = (parser: ParseArabicBlocks, text: string) => {
      const file = new VFile(text)
      return unified().use(remarkRetext, parser as never).runSync(unified().use(remarkParse).parse(file) as never, file)
    }
    const texts = [...seedTexts(), seedTexts().join('\n\n'), 'كتاب\n\n'.repeat(1000), ...soups(400, 80, 3), ...soups(5, 3000, 4)]
    for (const text of texts) expect(toNlcst(new ParseArabicBlocks(), text)).toEqual(toNlcst(new ReferenceArabicBlocks(), text))
  })
})
