import {defineRule} from '../src/engine/define-rule.ts'
import {getDocument} from '../src/engine/document.ts'
import {type Bracket, isListLabelBracket, isSpace, leanOf, maskUrls, paragraphBrackets, partnerChar, surelyAllPaired} from '../src/language/punctuation.ts'

const QUICK = /[()[\]{}«»“”"]/

export default defineRule({
  id: 'bracket-balance',
  description: 'Disallow unpaired brackets and quotes within a paragraph',
  severity: 'warn',
  fixable: false,
  category: 'typography',
  options: {
    properties: {
      straightQuotes: {type: 'boolean', description: 'Also pair straight double quotes `"`.'}
    },
    defaults: {straightQuotes: true}
  },
  messages: {
    unclosed: {
      en: 'Unexpected unpaired `{actual}`, expected a closing `{partner}` in the same paragraph',
      ar: '`{actual}` بلا نظير، وينقصه `{partner}` يغلقه في الفقرة نفسها'
    },
    unopened: {
      en: 'Unexpected unpaired `{actual}`, expected an opening `{partner}` before it',
      ar: '`{actual}` بلا نظير، وينقصه `{partner}` يفتحه قبله'
    },
    reversedOpen: {
      en: 'Unexpected `{actual}` opening a {what}, expected `{partner}`',
      ar: '`{actual}` في موضع فتح {what}، والصواب `{partner}`'
    },
    reversedClose: {
      en: 'Unexpected `{actual}` closing a {what}, expected `{partner}`',
      ar: '`{actual}` في موضع إغلاق {what}، والصواب `{partner}`'
    }
  },
  examples: {
    valid: [
      {text: 'عقد المجلس (في دورته الثالثة [المؤجلة]) اجتماعًا بعنوان «الأمن المائي» وقال: "نحن مستعدون".\n'},
      {
        text: 'وقال المتحدث: «إن «حزب الأمة» لن يشارك»، وأضاف أن {الخطة} جاهزة.\n',
        note: 'Quotes may nest.'
      },
      {
        text: 'ترتيب الأولويات:\n1) الصحة\nأ) التعليم (العام والعالي)\nوبعدها 2) النقل و3) الإسكان.\n',
        note: 'List labels such as `1)` and `أ)` close nothing.'
      },
      {text: 'شكرًا لكم :) نراكم غدًا :-(\n', note: 'Emoticons are not brackets.'},
      {
        text: 'وصف الكاتب القرار بأنه »تاريخي« وقال إنه ”نقطة تحول“.\n',
        note: 'Guillemets and curly quotes typed the other way round throughout a paragraph still pair.'
      },
      {
        text: 'وقال المدير: «بدأنا العمل قبل عامين.\nواليوم نرى النتائج في كل مدينة».\n',
        note: 'A quotation may run over several lines: open at the end of one, closed in a later one.'
      },
      {text: 'قال المدير "إن الخطة جاهزة\n', options: {straightQuotes: false}}
    ],
    invalid: [
      {
        text: 'شاركت منظمات عدة (اليونسكو، اليونيسف، الفاو في الاجتماع.\n',
        messages: ['1:18-1:19: Unexpected unpaired `(`, expected a closing `)` in the same paragraph']
      },
      {
        text: 'وأكد أن «الخطة تسير وفق الجدول، وأن التمويل متوفر.\nوقال إن الموعد النهائي) لم يتغير.\n',
        note: 'Each line is a paragraph: a quotation does not run on into the next line.',
        messages: [
          '1:9-1:10: Unexpected unpaired `«`, expected a closing `»` in the same paragraph',
          '2:23-2:24: Unexpected unpaired `)`, expected an opening `(` before it'
        ]
      },
      {
        text: 'وصف التقرير الوضع بأنه "مقلق" وقال إن الأرقام" ستنشر غدًا.\n',
        note: 'An odd number of straight quotes: the neighbours of each quote tell which one has no partner.',
        messages: ['1:46-1:47: Unexpected unpaired `"`, expected an opening `"` before it']
      },
      {
        text: 'وحذر من تمدد »داعش» وقال إن المثل «ما حك جلدك مثل ظفرك« ينطبق هنا.\n',
        note: 'A quote typed the wrong way round is reported once, where it is wrong.',
        messages: [
          '1:14-1:15: Unexpected `»` opening a quotation, expected `«`',
          '1:55-1:56: Unexpected `«` closing a quotation, expected `»`'
        ]
      },
      {
        text: 'نقل المراسل عن المصدر )تاريخ الانتخاب) أن النتائج ستعلن [غدًا.\n',
        messages: [
          '1:23-1:24: Unexpected `)` opening a bracket, expected `(`',
          '1:57-1:58: Unexpected unpaired `[`, expected a closing `]` in the same paragraph'
        ]
      }
    ]
  },
  check(tree, context, options) {
    const doc = getDocument(tree, context.text)
    const report = (offset: number, bracket: Bracket, messageId: string) => {
      const partner = partnerChar(bracket)
      const data = {partner, what: QUOTE_KINDS.has(bracket.kind) ? {en: 'quotation', ar: 'الاقتباس'} : {en: 'bracket', ar: 'القوس'}}
      if (messageId === 'reversedOpen' || messageId === 'reversedClose') {
        context.report({messageId, start: offset, end: offset + 1, data, expected: [partner]})
      } else {
        context.report({messageId, start: offset, end: offset + 1, data})
      }
    }
    // A quotation may run over several paragraphs: its opening quote is left
    // open at the end of one and closed early in a later one.
    const pending = new Map<string, {offset: number; bracket: Bracket; paragraph: number}>()
    const flush = (kind: string) => {
      const open = pending.get(kind)
      if (open) report(open.offset, open.bracket, 'unclosed')
      pending.delete(kind)
    }

    for (const paragraph of doc.paragraphs) {
      const text = paragraph.text
      if (pending.size > 0) {
        for (const [kind, open] of pending) {
          if (paragraph.index - open.paragraph > MAX_QUOTE_PARAGRAPHS) flush(kind)
        }
      }
      // Most paragraphs have no bracket (one regular expression test), and most
      // of the others none without a partner: settled by counting, not pairing.
      if (!QUICK.test(text) || surelyAllPaired(text)) continue
      const masked = maskUrls(text)
      const unpaired = paragraphBrackets(paragraph).filter(
        (b) =>
          b.partner === -1 &&
          !(b.kind === '"' && !options.straightQuotes) &&
          !(b.role === 'close' && isListLabelBracket(masked, b.index))
      )
      const byKind = new Map<string, Bracket[]>()
      for (const b of unpaired) {
        let list = byKind.get(b.kind)
        if (!list) byKind.set(b.kind, (list = []))
        list.push(b)
      }
      for (const [kind, list] of byKind) {
        const quote = QUOTE_KINDS.has(kind)
        let first = 0
        let last = list.length
        if (quote && pending.has(kind)) {
          const head = list[0]
          if (head.role === 'close') {
            // The quotation opened in an earlier paragraph ends here.
            pending.delete(kind)
            first = 1
          } else if (head.index === firstNonSpace(text)) {
            // Each paragraph of a long quotation may reopen it.
            first = 1
          } else {
            flush(kind)
          }
        }
        if (quote && last > first && list[last - 1].role === 'open' && !pending.has(kind)) {
          const tail = list[last - 1]
          // Left open at the end of the paragraph: it may close in a later one.
          const reversedPair = last - 2 >= first && list[last - 2].role === 'open' && list[last - 2].char === tail.char && leanOf(masked, tail.index) !== 1
          if (!reversedPair) {
            pending.set(kind, {offset: paragraph.start + tail.index, bracket: tail, paragraph: paragraph.index})
            last--
          }
        }
        for (let k = first; k < last; k++) {
          const b = list[k]
          const next = k + 1 < last ? list[k + 1] : undefined
          // `»word»`, `(word(`: one of the two is typed the wrong way round.
          if (next && next.char === b.char && b.kind !== '"') {
            if (b.role === 'close' && leanOf(masked, b.index) !== -1) {
              report(paragraph.start + b.index, b, 'reversedOpen')
              k++
              continue
            }
            if (b.role === 'open' && leanOf(masked, next.index) !== 1) {
              report(paragraph.start + next.index, next, 'reversedClose')
              k++
              continue
            }
          }
          report(paragraph.start + b.index, b, b.role === 'open' ? 'unclosed' : 'unopened')
        }
      }
    }
    for (const kind of [...pending.keys()]) flush(kind)
  }
})

/** Quote kinds whose quotation may run over several paragraphs. */
const QUOTE_KINDS = new Set(['«', '“', '"'])
/** How many paragraphs a quotation may run over. */
const MAX_QUOTE_PARAGRAPHS = 8

function firstNonSpace(text: string): number {
  let i = 0
  while (i < text.length && isSpace(text[i])) i++
  return i
}
