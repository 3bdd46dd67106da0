// boilerplate: cases that would clutter the rule page — odd Unicode, line
// endings, documents without final marks, lists and structural headings that
// look like headline runs, and a stress run.
import {describe, expect, it} from 'vitest'
import {mayBeIn, tokenKey} from '../rules/boilerplate.ts'
import * as keys from '../rules/data/boilerplate-keys.precomputed.ts'
import {isArabicLetterCode, normalize} from '../src/language/arabic.ts'
import {lintLines} from './helpers.ts'

const lint = (text: string, options?: Record<string, unknown>) => lintLines('boilerplate', text, options)

const BODY =
  'وأوضح المتحدث الرسمي أن الاجتماع تناول عددا من الملفات المشتركة بين البلدين في مجالات الأمن والاقتصاد والتعليم.'
const BODY2 =
  'وفي ختام الاجتماع اتفق الجانبان على تشكيل لجنة مشتركة تتولى متابعة تنفيذ ما تم الاتفاق عليه خلال الأشهر المقبلة.'

describe('boilerplate: token keys', () => {
  it('keys a plain Arabic word as it keys any token: no case to lower on any Arabic letter', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (!isArabicLetterCode(code)) continue
      const letter = String.fromCharCode(code)
      expect(normalize(letter).toLowerCase(), code.toString(16)).toBe(normalize(letter))
    }
    expect(tokenKey('الأمم')).toBe(normalize('الأمم'))
    expect(tokenKey('المتحدة')).toBe('المتحده')
  })

  it('keys the core of a token with marks, harakat or Latin letters', () => {
    expect(tokenKey('«الأمم»')).toBe(normalize('الأمم'))
    expect(tokenKey('(UNODC)')).toBe('unodc')
    expect(tokenKey('الأُمَم،')).toBe(normalize('الأمم'))
    expect(tokenKey('...')).toBeUndefined()
    expect(tokenKey('')).toBeUndefined()
  })
})

describe('boilerplate: reading a token\'s first letters before keying it', () => {
  const sets: Array<[string, Set<string>, {first: Uint8Array; three: Set<number>}]> = [
    ['inside', keys.INSIDE_FIRST_WORDS, {first: keys.INSIDE_OPENINGS, three: keys.INSIDE_PREFIXES}],
    ['calls', keys.CALLS, {first: keys.CALL_OPENINGS, three: keys.CALL_PREFIXES}],
    ['channels', keys.CHANNELS, {first: keys.CHANNEL_OPENINGS, three: keys.CHANNEL_PREFIXES}],
    ['apps', keys.APPS, {first: keys.APP_OPENINGS, three: keys.APP_PREFIXES}],
    ['downloads', keys.DOWNLOADS, {first: keys.DOWNLOAD_OPENINGS, three: keys.DOWNLOAD_PREFIXES}]
  ]
  // Every spelling of each letter that `normalize` writes as one, with harakat, tatweel and punctuation about.
  const spellings: Record<string, string[]> = {ا: ['ا', 'أ', 'إ', 'آ'], ي: ['ي', 'ى'], ه: ['ه', 'ة'], ء: ['ء', 'ؤ', 'ئ']}
  const writings = (key: string): string[] => {
    let out = ['']
    for (const letter of key) out = out.flatMap((head) => (spellings[letter] ?? [letter]).map((spelling) => head + spelling)).slice(0, 64)
    return out.flatMap((word) => [word, word + '،', '«' + word + '»', word.slice(0, 1) + 'ـ' + word.slice(1), word.slice(0, 2) + 'َ' + word.slice(2)])
  }

  it.each(sets)('never rules out a token keyed into the %s set', (_, set, opens) => {
    for (const key of set) {
      for (const token of writings(key)) {
        if (tokenKey(token) !== key) continue
        expect(mayBeIn(token, 0, token.length, opens), token).toBe(true)
        const line = `في ${token} هنا`
        expect(mayBeIn(line, 3, 3 + token.length, opens), line).toBe(true)
      }
    }
  })

  it.each(sets)('rules out most words of running text for the %s set', (_, set, opens) => {
    const words = `${BODY} ${BODY2}`.split(' ')
    const kept = words.filter((word) => mayBeIn(word, 0, word.length, opens))
    for (const word of words) if (tokenKey(word) !== undefined && set.has(tokenKey(word)!)) expect(kept).toContain(word)
    expect(kept.length).toBeLessThan(words.length / 2)
  })
})

describe('boilerplate: stamps', () => {
  it('finds a stamp whose label is glued to its next word, and one whose first word is a stamp word', () => {
    expect(lint(`${BODY}\nآخرتحديث 12/03/2019 10:45\nالساعة 10:45\n`)).toEqual([
      '2:1-2:26: Unexpected lone date or time `آخرتحديث 12/03/2019 10:45`, remove it',
      '3:1-3:13: Unexpected lone date or time `الساعة 10:45`, remove it'
    ])
  })

  it('finds stamps in Eastern, Persian and Western digits, with direction marks around them', () => {
    expect(lint(`${BODY}\n\u200F٠٩:١٥\u200F\n۱۲:۰۵ م\n2019-04-07 08:30 GMT\n`)).toEqual([
      '2:1-2:8: Unexpected lone date or time `\u200F٠٩:١٥\u200F`, remove it',
      '3:1-3:8: Unexpected lone date or time `۱۲:۰۵ م`, remove it',
      '4:1-4:21: Unexpected lone date or time `2019-04-07 08:30 GMT`, remove it'
    ])
  })

  it('finds Levantine and Hijri month names and relative stamps with a number', () => {
    expect(lint(`${BODY}\nالخميس 4 تشرين الأول 2018\n12 ذو القعدة 1439 هـ\nمنذ 3 ساعات\n`)).toEqual([
      '2:1-2:26: Unexpected lone date or time `الخميس 4 تشرين الأول 2018`, remove it',
      '3:1-3:21: Unexpected lone date or time `12 ذو القعدة 1439 هـ`, remove it',
      '4:1-4:12: Unexpected lone date or time `منذ 3 ساعات`, remove it'
    ])
  })

  it('leaves a lone year, a number, a month name alone and a letter date label alone', () => {
    expect(lint(`${BODY}\n2018\n15\nرمضان\nالتاريخ: 12/3/2019\n`)).toEqual([])
  })

  it('keeps datelines with a place or an agency', () => {
    expect(lint(` دبي 14 ربيع الأول 1440 هـ الموافق 22 نوفمبر 2018 م وام\n${BODY}\n`)).toEqual([])
    expect(lint(`بيروت، الثلاثاء 3 يوليو 2018\n${BODY}\n`)).toEqual([])
  })

  it('works with CRLF line endings', () => {
    expect(lint(`${BODY}\r\n•\r\n١٠:٤٥ ص\r\nاقرأ أيضا: عنوان خبر آخر عن الاجتماع\r\n`)).toEqual([
      '2:1-2:2: Unexpected bullet-only line `•`, remove it',
      '3:1-3:8: Unexpected lone date or time `١٠:٤٥ ص`, remove it',
      '4:1-4:37: Unexpected page furniture `اقرأ أيضا: عنوان خبر آخر عن الاجتماع`, remove it'
    ])
  })
})

describe('boilerplate: phrases', () => {
  it('matches through tatweel, harakat and hamza forms', () => {
    expect(lint(`${BODY}\nإقـرأ أيـضـاً: خبر آخر\nجَمِيعُ الحُقُوقِ مَحْفُوظَة\n`)).toEqual([
      '2:1-2:23: Unexpected page furniture `إقـرأ أيـضـاً: خبر آخر`, remove it',
      '3:1-3:29: Unexpected page furniture `جَمِيعُ الحُقُوقِ مَحْفُوظَة`, remove it'
    ])
  })

  it('leaves ordinary sentences that start with a lead-in word', () => {
    expect(lint(`${BODY}\nاقرأ باسم ربك الذي خلق\nشاهد الحضور عرضا مصورا عن تاريخ المدينة.\nالمزيد من الجهود مطلوب في هذا المجال.\n`)).toEqual([])
  })

  it('leaves help text that speaks to the reader about applying something', () => {
    expect(lint('يمكنك تطبيق عامل تصفية على الجدول لإظهار الصفوف المطلوبة فقط.\nيمكنكم تطبيق هذه الخطوات على كل ملف.\n')).toEqual([])
  })

  it('reports only the navigation words opening a dateline', () => {
    expect(lint(`Next Previous جدة – واس\n${BODY}\n`)).toEqual(['1:1-1:14: Unexpected page furniture `Next Previous`, remove it'])
  })

  it('does not take a one-word share label that is also an ordinary word', () => {
    expect(lint(`${BODY}\nالمشاركة\n${BODY2}\n`)).toEqual([])
  })
})

describe('boilerplate: site name and bylines', () => {
  it('does not take a ministry named in a title segment and in a sub-heading for a site', () => {
    expect(lint(`وزارة الخارجية - بيان حول نتائج الاجتماع الوزاري\n${BODY}\nدور وزارة الخارجية في دعم الحوار\n${BODY2}\n`)).toEqual([])
  })

  it('leaves a single byline at the top of the body', () => {
    expect(lint(`عنوان الخبر عن اجتماع اللجنة المشتركة\nبقلم: ليلى حسن\n${BODY}\n`)).toEqual([])
  })
})

describe('boilerplate: pasted headlines', () => {
  it('takes the headline lines after a read-more lead-in on its own line', () => {
    expect(lint(`${BODY}\nاقرأ أيضا:\nالبرلمان يصادق على الموازنة العامة للعام المقبل\n${BODY2}\n`)).toEqual([
      '2:1-2:11: Unexpected page furniture `اقرأ أيضا:`, remove it',
      '3:1-3:48: Unexpected pasted headlines `البرلمان يصادق على الموازنة العامة للعام المقبل` (1 line), remove the links or captions'
    ])
  })

  it('counts blank lines as nothing between headlines', () => {
    expect(lint(`${BODY}\n\nالحكومة تعلن خطة جديدة لدعم المزارعين\n\nالبنك المركزي يرفع سعر الفائدة للمرة الثانية\n\n${BODY2}\n`)).toEqual([
      '3:1-5:45: Unexpected pasted headlines `الحكومة تعلن خطة جديدة لدعم المزارعين` (2 lines), remove the links or captions'
    ])
  })

  it('leaves structural headings in a row', () => {
    expect(
      lint(`${BODY}\nالفصل الثاني: جهود الدول الأعضاء في مكافحة التهريب\nالمبحث الأول: التعاون القضائي بين الدول الأعضاء\n${BODY2}\n`)
    ).toEqual([])
  })

  it('leaves a heading and a sub-heading, a single headline-like line, and lines with commas', () => {
    expect(lint(`${BODY}\nالتعاون الأمني\nتبادل المعلومات\n${BODY2}\nالوزير يبحث مع نظيره ملفات التعاون الثنائي\n${BODY}\nوفي المقابل، يرى المراقبون أن الاتفاق يحتاج وقتا\nوهو ما يؤكده، بحسب المصادر، مسؤولون في الوزارة\n${BODY2}\n`)).toEqual([])
  })

  it('leaves documents whose long lines carry no final mark (one segment a line)', () => {
    const segment = 'يتيح هذا الخيار للمستخدم أن يحدد الأعمدة التي يريد عرضها في التقرير النهائي دون تغيير البيانات الأصلية'
    expect(lint(`${segment}\nكيفية تحديد الأعمدة التي يعرضها التقرير\nيعرض البرنامج قائمة بالأعمدة المتاحة\n${segment}\n`)).toEqual([])
  })

  it('leaves a list introduced by a colon even when its items have verbs', () => {
    expect(lint(`${BODY} وأكد البيان ما يلي:\nالمجلس يدعم جهود الأمم المتحدة في اليمن\nالمجلس يرحب بعودة الحوار بين الأطراف\n${BODY2}\n`)).toEqual([])
  })

  it('stays linear on a long document', () => {
    const block = `${BODY}\nالوزير يستقبل وفدا برلمانيا من الاتحاد الأوروبي\nالحكومة تقر مشروع قانون جديد للاستثمار\n${BODY2}\n`
    const text = block.repeat(1000)
    const started = performance.now()
    const lines = lint(text)
    const elapsed = performance.now() - started
    expect(lines).toHaveLength(1000)
    expect(lines[999]).toMatch(/^3998:1-3999:\d+: Unexpected pasted headlines/)
    expect(elapsed).toBeLessThan(10_000)
  })
})
