// mixed-script: the script helpers, and cases that would clutter the rule page
// (odd Unicode, document-level decisions, shapes met in real news, scale).
import {describe, expect, it} from 'vitest'
import {
  arabicFromLookalikes,
  arabicShare,
  countForeignBySpan,
  countScripts,
  findCharacterReferences,
  findForeignGroups,
  findLinkSpans,
  foreignScriptOf,
  isAcronym,
  isCode,
  isMixedCase,
  isRomanNumeral,
  isTimeLabel,
  isVowellessAbbreviation
} from '../src/language/scripts.ts'
import {fixWith, lintLines} from './helpers.ts'

const lint = (text: string, options?: Record<string, unknown>) => lintLines('mixed-script', text, options)
const spans = (text: string, found: {start: number; end: number}[]) => found.map((s) => text.slice(s.start, s.end))

describe('scripts helpers', () => {
  it('tells scripts apart and ignores Arabic marks, tatweel and punctuation', () => {
    expect(foreignScriptOf('a')).toBe('Latin')
    expect(foreignScriptOf('é')).toBe('Latin')
    expect(foreignScriptOf('Ｃ')).toBe('Latin')
    expect(foreignScriptOf('д')).toBe('Cyrillic')
    expect(foreignScriptOf('α')).toBe('Greek')
    expect(foreignScriptOf('ש')).toBe('Hebrew')
    for (const ch of ['ب', 'ـ', '،', '؟', 'ً', '٣', 'ﻻ', '1', ' ', '«']) expect(foreignScriptOf(ch)).toBeUndefined()
  })

  it('counts Arabic letters, presentation forms included, against foreign letters', () => {
    expect(countScripts('قال CNN')).toEqual({arabic: 3, foreign: 3})
    expect(countScripts('ﻻ ﺑﺄس')).toEqual({arabic: 4, foreign: 0})
    expect(arabicShare({arabic: 0, foreign: 0})).toBe(1)
    expect(arabicShare(countScripts('abc دال'))).toBe(0.5)
  })

  it('counts foreign letters line by line as countScripts does, every code unit of the BMP included', () => {
    // countForeignBySpan stops only where a letter may be; countScripts reads every code unit.
    const units: string[] = []
    for (let code = 0x80; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) units.push(String.fromCharCode(code))
    const text = units.join(' ') + '\nabc 😀 𝐀 x'
    const spans = [
      {start: 0, end: text.indexOf('\n')},
      {start: text.indexOf('\n') + 1, end: text.length}
    ]
    expect(countForeignBySpan(text, spans)).toEqual(spans.map((span) => countScripts(text, span.start, span.end).foreign))
    const quoted = '«قال» «said»\u00a0– “x”…'
    expect(countForeignBySpan(quoted, [{start: 0, end: quoted.length}])).toEqual([5])
  })

  it('finds links, addresses, handles and hashtags without the sentence mark after them', () => {
    const text = 'زوروا https://example.org/a?b=1. أو www.example.com، وراسلوا a.b@example.co.uk و@UN_News و#COP28 و#السعودية وموقع spa.gov.sa'
    expect(spans(text, findLinkSpans(text)).sort()).toEqual(
      ['#COP28', '#السعودية', '@UN_News', 'a.b@example.co.uk', 'https://example.org/a?b=1', 'spa.gov.sa', 'www.example.com'].sort()
    )
    expect(findLinkSpans('قال U.S. إن e.g. و p.m. ليست روابط')).toEqual([])
  })

  it('finds character references, mangled ones only for the common names', () => {
    const text = 'قال &quot;نعم&#39; و& amp؛ وR&D؛ وJohnson & Johnson؛'
    expect(spans(text, findCharacterReferences(text))).toEqual(['&quot;', '&#39;', '& amp؛'])
  })

  it('finds bracketed or quoted groups with no Arabic letter', () => {
    const text = 'المكتب (UNODC) و"As Ever" و«Reuters» و(مكتب UN) و"كلمة"'
    expect(spans(text, findForeignGroups(text))).toEqual(['(UNODC)', '"As Ever"', '«Reuters»'])
  })

  it('recognises token shapes', () => {
    for (const value of ['UNODC', 'U.S.', 'U.N', 'NGOs', 'XDR-TB', 'AT&T', 'ＣＮＮ']) expect(isAcronym(value), value).toBe(true)
    for (const value of ['Scud', 'Ab', 'ok']) expect(isAcronym(value), value).toBe(false)
    for (const value of ['F-16', 'Su-35', 'H5N1', 'CO2', 'CO₂', '802.11n']) expect(isCode(value), value).toBe(true)
    for (const value of ['iPhone', 'eXtra', 'OpenAI', 'USAid', 'mRNA']) expect(isMixedCase(value), value).toBe(true)
    expect(isMixedCase('Reuters')).toBe(false)
    expect(isRomanNumeral('XIV')).toBe(true)
    expect(isRomanNumeral('IC')).toBe(false)
    expect(isVowellessAbbreviation('stc')).toBe(true)
    expect(isVowellessAbbreviation('flynas')).toBe(false)
    expect(isTimeLabel('p.m.')).toBe(true)
    expect(isTimeLabel('GMT+3')).toBe(true)
    expect(isTimeLabel('CNN')).toBe(false)
  })

  it('maps lookalike letters by position', () => {
    expect(arabicFromLookalikes('كتاب')).toBeUndefined()
    expect(arabicFromLookalikes('کتاب')).toEqual({certain: 'كتاب', options: ['كتاب']})
    expect(arabicFromLookalikes('الدولیة')!.options).toEqual(['الدولية'])
    expect(arabicFromLookalikes('علی')!.options).toEqual(['علي', 'على'])
    // Harakat after the final letter do not make it medial.
    expect(arabicFromLookalikes('معنیً')!.options).toEqual(['معنيً', 'معنىً'])
    expect(arabicFromLookalikes('مدرسہ')!.options).toEqual(['مدرسه', 'مدرسة'])
    expect(arabicFromLookalikes('ەذا')!.options).toEqual(['هذا'])
    expect(arabicFromLookalikes('زکوۃ')!.options).toEqual(['زكوة'])
    // ک fixed and a final ی left open in one word.
    expect(arabicFromLookalikes('الکرسی')!.options).toEqual(['الكرسي', 'الكرسى'])
  })
})

describe('mixed-script rule', () => {
  it('leaves capitalised navigation words opening a line to boilerplate', () => {
    expect(lint('Older Newer الدمام – واس\nافتتح الأمير المعرض.\n')).toEqual([])
  })

  it('reports a Persian spelling of a name in a byline word by word', () => {
    const text = 'هذا المقال بقلم نیلوفر کریمی، والآراء الواردة فيه تعبر عن رأي الكاتبة.\n'
    expect(lint(text)).toEqual([
      '1:17-1:23: Unexpected Persian/Urdu letter in `نیلوفر`, expected `نيلوفر`',
      '1:24-1:29: Unexpected Persian/Urdu letter in `کریمی`, expected `كريمي` or `كريمى`'
    ])
    expect(fixWith('mixed-script', text)).toBe('هذا المقال بقلم نيلوفر کریمی، والآراء الواردة فيه تعبر عن رأي الكاتبة.\n')
  })

  it('checks an Arabic document typed on a Persian keyboard word by word', () => {
    const text = 'وأکد الوزیر أن الحکومة ستعمل علی تطویر الخدمات فی جمیع المناطق.\n'
    expect(lint(text)).toHaveLength(7)
  })

  it('leaves a Persian or an English document alone', () => {
    expect(lint('این گزارش درباره همکاری کشورهای منطقه است و نویسنده آن را برای خوانندگان ایرانی نوشته است.\n')).toEqual([])
    expect(lint('The minister said the report was ready.\nIt will be published online with a summary.\nقال الوزير\n')).toEqual([])
  })

  it('lets numbers sit inside a run of names', () => {
    expect(lint('للاشتراك أرسل رسالة فارغة إلى 70001 - Zain 80002 - Mobily 90003 - Stc\n')).toEqual([])
  })

  it('does not take a missing space after a period for a mixed word', () => {
    expect(lint('وتعاونت الشركة مع Broadcom.شركة أخرى انضمت لاحقا.\n')).toEqual([])
  })

  it('still reports a lower-case word joined to Arabic by a period', () => {
    expect(lint('وأكد المسؤول أن الخطة ready.وسيعلن عنها غدا.\n')).toEqual([
      '1:23-1:28: Unexpected Latin `ready` in Arabic text, translate or transliterate it'
    ])
  })

  it('reports a character reference that translation mangled', () => {
    expect(lint('وأعلنت شركة Smith & amp؛ Sons عن صفقة جديدة.\n')).toEqual([
      '1:19-1:25: Unexpected character reference `& amp؛` in Arabic text, expected the character it stands for'
    ])
  })

  it('allows a Latin line announced by a colon, not one standing alone', () => {
    const after = 'ومقره في عمّان، ويعمل فيه باحثون من دول عربية عدة منذ تأسيسه قبل عشرين عاما.\n'
    const announced = 'ويعرف المعهد بالإنجليزية باسم:\nThe Institute for Regional Studies\n' + after
    expect(lint(announced)).toEqual([])
    const alone = 'ويعرف المعهد بالإنجليزية باسمه.\nThe Institute for Regional Studies\n' + after
    expect(lint(alone)).toEqual([
      '2:1-2:35: Unexpected Latin line `The Institute for Regional Studies` in an Arabic document, translate or remove it'
    ])
  })

  it('does not report a line of acronyms and codes', () => {
    expect(lint('حصلت المنشأة على الشهادات التالية:\nISO 9001 - ISO 14001\nوذلك في العام الماضي.\n')).toEqual([])
  })

  it('reports time labels after a time or بتوقيت, not in a bracketed gloss', () => {
    expect(lint('وتبدأ القمة الساعة العاشرة (10:00 GMT) صباحا.\n')).toEqual([])
    expect(lint('وتبدأ القمة الساعة 10:00 بتوقيت GMT صباحا.\n')).toEqual([
      '1:33-1:36: Unexpected Latin time label `GMT` in Arabic text, expected an Arabic one (`ص`, `م`, `بتوقيت …`)'
    ])
    expect(lint('وقالت شبكة CNN إن مجموعة CAT نشرت البيان.\n')).toEqual([])
  })

  it('takes regular expressions and phrases in allow', () => {
    const text = 'وأطلقت الشركة المشغلة للشبكة في العاصمة خدمة quickpay ونشرت the daily brief لمتابعة الأخبار المحلية والدولية.\n'
    expect(lint(text)).toEqual(['1:61-1:76: Unexpected Latin `the daily brief` in Arabic text, translate or transliterate it'])
    expect(lint(text, {allow: ['the daily brief']})).toEqual([])
    expect(lint('وقال إن lockdown انتهى.\n', {allow: ['/lock\\w+/']})).toEqual([])
  })

  it('accepts direction marks between a proclitic and a Latin name, reports both scripts in one word', () => {
    expect(lint('\u200Fقال لـ\u200ECNN\u200E إن الوضع هادئ.\n')).toEqual([])
    expect(lint('وقال المخرج إن مورnau أثر فيه.\n')).toEqual([
      '1:16-1:22: Unexpected Latin and Arabic letters in one word `مورnau`, separate or translate them'
    ])
  })

  it('follows minArabicShare', () => {
    const text = 'قال المدير إن الـlockdown انتهى وإن الحياة عادت إلى طبيعتها في المدينة بعد أسابيع طويلة من الإغلاق.\n'
    expect(lint(text)).toHaveLength(1)
    expect(lint(text, {minArabicShare: 0.95})).toEqual([])
  })

  it('reports every untranslated word of a long line once, in order', () => {
    const parts: string[] = []
    for (let i = 0; i < 3000; i++) parts.push(`وذكر التقرير رقم ${i} أن widget`)
    const lines = lint(parts.join('، ') + '.\n')
    expect(lines).toHaveLength(3000)
    expect(new Set(lines).size).toBe(3000)
  })
})
