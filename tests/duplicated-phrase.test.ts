// duplicated-phrase beyond its page: odd Unicode, line endings, regressions
// from edited news (rewritten in our own words), the word classes in
// src/language/idioms.ts, and a stress run.
import {describe, expect, it} from 'vitest'
import {
  isElative,
  isFunctionWord,
  isIdiomaticDoubling,
  isNisba,
  isNumberWord
} from '../src/language/idioms.ts'
import {normalize} from '../src/language/arabic.ts'
import {fixWith, lintLines} from './helpers.ts'

const id = 'duplicated-phrase'
const lint = (text: string, options?: Record<string, unknown>) => lintLines(id, text, options)

describe('duplicated-phrase: Unicode and line endings', () => {
  it('compares words without tatweel and joiners', () => {
    expect(lint('ناقش المجلس تطويـر تطوير\u200Cالخطط.\n')).toEqual([])
    expect(lint('ناقش المجلس تطويـر تطوير الخطط.\n')).toEqual([
      '1:13-1:25: Unexpected repeated word in `تطويـر تطوير`, expected `تطويـر`'
    ])
  })

  it('compares alef forms, final yā and tā marbūṭa as one', () => {
    expect(lint('وقال إن إن الوضع مستقر، وأشار إلى الى أهمية المرحلة.\n')).toEqual([
      '1:31-1:38: Unexpected repeated word in `إلى الى`, expected `إلى`'
    ])
    expect(lint('بحثت اللجنة المنظمة المنظمه الجديدة.\n')).toEqual([
      '1:13-1:28: Unexpected repeated word in `المنظمة المنظمه`, expected `المنظمة`'
    ])
  })

  it('finds a repeated line with CRLF endings and leading spaces', () => {
    expect(lint('بيان صحفي\r\n  وصل الوفد الرسمي إلى المطار\r\nوصل الوفد الرسمي إلى المطار\r\n')).toEqual([
      '3:1-3:28: Unexpected repeated line `وصل الوفد الرسمي إلى المطار`, expected it once'
    ])
  })

  it('does not fix across a line break or punctuation', () => {
    expect(lint('وتابع الوزير التطوير\nالتطوير مستمر في القطاعات كلها.\n')).toEqual([])
    expect(lint('وقال: التطوير، التطوير، ثم التطوير.\n')).toEqual([])
  })
})

describe('duplicated-phrase: fixes', () => {
  it('removes every extra copy, one pass at a time, and stops', () => {
    expect(fixWith(id, 'ويجري تطوير تطوير تطوير الخطط.\n')).toBe('ويجري تطوير الخطط.\n')
  })

  it('keeps the copy with the conjunction', () => {
    expect(fixWith(id, 'وناقش المجلس الخطة وتم تم اعتمادها.\n')).toBe('وناقش المجلس الخطة وتم اعتمادها.\n')
  })

  it('leaves coordinated copies for a reader', () => {
    expect(fixWith(id, 'وتعهدت بتطوير وتطوير البرامج.\n')).toBe('وتعهدت بتطوير وتطوير البرامج.\n')
  })
})

describe('duplicated-phrase: edited news stays quiet', () => {
  // Each line is modelled on a pattern of professionally edited copy.
  const quiet = [
    'وأعلنت الحكومة دعمها لتنظيم «بي كا كا» المحظور سابقا.',
    'وأبحرت المدمرة «يو إس إس» نحو المتوسط.',
    'وتحدث الكاتب عن العلاقات المصرية المصرية وعن الحوار العراقي العراقي.',
    'وهتف المحتجون «سلمية سلمية» أمام المبنى.',
    'وتتقدم الجماعات المتطرفة أكثر وأكثر وتتوسع أقل فأقل.',
    'وسيكون للحادث صدى كبير وكبير جدا في المنطقة.',
    'وقع الهجوم في كابول. كابول تعيش حالة استنفار منذ أسابيع.',
    'وناقش الطرفان الاتفاق. فالاتفاق يمنح الطرفين مهلة شهرين.',
    'انتهى عهد الشعار القديم. يعيش الشعار الجديد للعلامة.',
    'وعرض الباحثون الألياف والألياف الدقيقة في العينة.',
    'وبلغت الخسائر ملايين وملايين الدولارات.',
    'وعقدت القمة في جزيرة باغو باغو الشهر الماضي.',
    'وكانت الدولة تستعد للانتخابات. وكانت الأحزاب تستعد للحملات.',
    'ونفى المتحدث ذلك، وقال إن الموقف هو هو.',
    'وتضم القائمة كيم هان وكيم سو وكيم جو.',
    'بين المدينة وبين القرية مسافة طويلة، ومن الشمال ومن الجنوب جاء الزوار.'
  ]
  it.each(quiet.map((text) => [text]))('%s', (text) => {
    expect(lint(text + '\n')).toEqual([])
  })
})

describe('duplicated-phrase: word classes', () => {
  it('knows function words with clitics and pronoun suffixes', () => {
    for (const word of ['في', 'وفي', 'عليها', 'منهم', 'إليه', 'لأنه', 'أنهم', 'الذي', 'هؤلاء']) {
      expect(isFunctionWord(normalize(word)), word).toBe(true)
    }
    for (const word of ['تطوير', 'المنطقة', 'وزير', 'فريق']) expect(isFunctionWord(normalize(word)), word).toBe(false)
  })

  it('knows number words', () => {
    expect(isNumberWord(normalize('ألف'))).toBe(true)
    expect(isNumberWord(normalize('وثلاثة'))).toBe(true)
    expect(isNumberWord(normalize('تطوير'))).toBe(false)
  })

  it('recognises elatives by pattern and nisba adjectives by ending', () => {
    for (const word of ['أكثر', 'أفضل', 'أقل', 'وأكبر']) expect(isElative(word), word).toBe(true)
    for (const word of ['تطوير', 'أزمة', 'الأكثر']) expect(isElative(word), word).toBe(false)
    expect(isNisba(normalize('العربية'))).toBe(true)
    expect(isNisba(normalize('الفلسطيني'))).toBe(true)
    expect(isNisba(normalize('المنطقة'))).toBe(false)
  })

  it('tells idiomatic doublings from slips', () => {
    const doubling = (a: string, b: string) => isIdiomaticDoubling(normalize(a), normalize(b), a)
    expect(doubling('رويدا', 'رويدا')).toBe(true)
    expect(doubling('شيئا', 'فشيئا')).toBe(true)
    expect(doubling('حرفًا', 'حرفًا')).toBe(true)
    expect(doubling('المزيد', 'والمزيد')).toBe(true)
    expect(doubling('أكثر', 'فأكثر')).toBe(true)
    expect(doubling('تطوير', 'تطوير')).toBe(false)
    expect(doubling('تطوير', 'وتطوير')).toBe(false)
    expect(doubling('السنة', 'السنة')).toBe(false)
  })
})

describe('duplicated-phrase: stress', () => {
  it('stays linear on a long document full of near-repeats', () => {
    const paragraph =
      'وأكد الوزير أهمية تعزيز التعاون بين البلدين في مجالات التنمية والتعليم والصحة، ' +
      'وأشار إلى أن التعاون بين البلدين يشهد تطورا ملحوظا في مجالات التنمية. '
    const text = Array.from({length: 2000}, (_, i) => paragraph + `الفقرة ${i}.`).join('\n') + '\n'
    const start = performance.now()
    expect(lint(text)).toEqual([])
    expect(performance.now() - start).toBeLessThan(10_000)
  })
})
