// Regressions for the lexicon rules (hamza, alif-maqsura, spelling-consistency)
// that would clutter their pages: odd Unicode, user words, names, dialect,
// the division of work between the three rules, and size.
import {describe, expect, it} from 'vitest'
import {lintSync} from '../src/engine/processor.ts'
import {fixWith, lintLines, lintRule} from './helpers.ts'

const only = (id: string, text: string) => lintLines(id, text).map((line) => line.replace(/^\S+: /, ''))

describe('hamza', () => {
  it('keeps harakat and tatweel when fixing', () => {
    expect(fixWith('hamza', 'وتم إِسْتِعْرَاض الخطة.\n')).toBe('وتم اِسْتِعْرَاض الخطة.\n')
    expect(fixWith('hamza', 'وتم إستعـراض الخطة.\n')).toBe('وتم استعـراض الخطة.\n')
  })

  it('leaves names with the article alone', () => {
    expect(only('hamza', 'قال المتحدث فهد الحازمي والعقيد سالم المطيري إن التحقيق مستمر.\n')).toEqual([])
  })

  it('accepts user words, with clitics', () => {
    const text = 'وصل الوفد إلى ابوجا، ثم غادر وابوجا تستعد للقمة.\n'
    expect(only('hamza', text)).toEqual(['Unexpected `ابوجا` without hamza, expected `أبوجا`', 'Unexpected `وابوجا` without hamza, expected `وأبوجا`'])
    expect(lintLines('hamza', text, undefined, {words: ['ابوجا']})).toEqual([])
  })

  it('leaves the article alone, Latin letter names and the colloquial passive', () => {
    expect(only('hamza', 'سجل الـ20 هدفا في دوري إف إيه، وقال إنه اتعمل بسرعة.\n')).toEqual([])
  })

  it('leaves acronyms spelt out in Latin letter names alone', () => {
    expect(only('hamza', 'نقلت شبكة سي ان ان عن مكتب اف بي اي أن الطائرة ام اتش17 سقطت.\n')).toEqual([])
    expect(only('hamza', 'وقال ان اي اتفاق ممكن.\n')).toHaveLength(2)
  })

    it('leaves the negation joined to a verb alone', () => {
    expect(only('hamza', 'لازالت المفاوضات جارية، ولايزال الوفد في المدينة.\n')).toEqual([])
  })

  it('without statistics, never fixes a two-letter particle, even when the document writes only one form', () => {
    const messages = lintRule('hamza', 'قال إن الوفد وصل. وقال ان الزيارة مهمة.\n', undefined, {useStats: false})
    expect(messages).toHaveLength(1)
    expect(messages[0]!.expected).toEqual(['أن', 'إن', 'آن'])
  })

  it('without statistics, never fixes a particle whose hamza follows the syntax', () => {
    const messages = lintRule('hamza', 'قال إنها مستعدة، ولم يبق الا يوم، وقال انها جاهزة إلا إذا تأخر.\n', undefined, {useStats: false})
    expect(messages.map((m) => m.expected!.length)).toEqual([3, 3])
  })

  it('with statistics, spells a particle as edited text does next to the same words', () => {
    // `قال إن` but `بعد أن`; `الا` before a noun is `إلا`.
    expect(fixWith('hamza', 'وقال ان الزيارة مهمة، وذلك بعد ان وصل الوفد، ولم يبق الا يوم.\n')).toBe(
      'وقال إن الزيارة مهمة، وذلك بعد أن وصل الوفد، ولم يبق إلا يوم.\n'
    )
  })

  it('with statistics, reports a bare word the lexicon accepts but edited text writes with a hamza', () => {
    // The lexicon has `اكثر`, `احد` and `لان`; edited news writes `أكثر`, `أحد`, `لأن` (all but always).
    expect(fixWith('hamza', 'وكان احد الحلول اكثر فائدة لان الوقت ضيق.\n')).toBe('وكان أحد الحلول أكثر فائدة لأن الوقت ضيق.\n')
  })

  it('with statistics, reports a hamza on the wrong seat only where edited text clearly writes the other', () => {
    expect(fixWith('hamza', 'وقال أن الزيارة مهمة.\n')).toBe('وقال إن الزيارة مهمة.\n')
    expect(only('hamza', 'وأكد أن الزيارة مهمة، وقال إن الوفد وصل، وفي آن واحد.\n')).toEqual([])
  })

    it('fixes a word the document spells right elsewhere, and only suggests otherwise', () => {
    expect(lintRule('hamza', 'قال اعداد الطلاب كبيرة.\n')[0]!.expected).toEqual(['أعداد', 'إعداد'])
    expect(fixWith('hamza', 'بدأ إعداد الخطة، ثم تواصل اعداد الميزانية.\n')).toBe('بدأ إعداد الخطة، ثم تواصل إعداد الميزانية.\n')
  })

  it('fixes a common particle to its one usual spelling, whatever else the lexicon allows', () => {
    // The lexicon also has `ألى` (أ + لى) and `آلى`, `أذا`, `آو`, `إي`: rare words, not what `الى` means.
    expect(fixWith('hamza', 'وصل الوفد الى المدينة اذا سمح الوقت او غدا، دون اي تأخير.\n')).toBe(
      'وصل الوفد إلى المدينة إذا سمح الوقت أو غدا، دون أي تأخير.\n'
    )
    // Without statistics, a particle whose hamza follows the syntax keeps its suggestions.
    expect(lintRule('hamza', 'وقال ان الزيارة مهمة.\n', undefined, {useStats: false})[0]!.expected).toEqual(['أن', 'إن', 'آن'])
  })

  it('leaves a word whose only fault is its final yā\' to alif-maqsura', () => {
    expect(only('hamza', 'وهو الرجل الذى التقيناه.\n')).toEqual([])
    expect(only('alif-maqsura', 'وهو الرجل الذى التقيناه.\n')).toEqual(['Unexpected alif maqsura in `الذى`, expected `الذي`'])
  })
})

describe('alif-maqsura', () => {
  it('leaves a word that also lacks its hamza to hamza, whose fix is right', () => {
    expect(only('alif-maqsura', 'وهي احدى المدن الكبرى.\n')).toEqual([])
    expect(fixWith('hamza', 'وهي احدى المدن الكبرى.\n')).toBe('وهي إحدى المدن الكبرى.\n')
  })

  it('reports a lone long word once the document shows the habit', () => {
    const alone = 'وتحدث التقرير الذي نشر في القاهرة عن الرشاوى في القطاع العام.\n'
    expect(only('alif-maqsura', alone)).toEqual([])
    const habit = 'وأشار إلى الحل السياسى، وتحدث عن الوضع الاقتصادى الصعب.\n'
    expect(only('alif-maqsura', habit)).toEqual([
      'Unexpected alif maqsura in `السياسى`, expected `السياسي`',
      'Unexpected alif maqsura in `الاقتصادى`, expected `الاقتصادي`'
    ])
  })

  it('with statistics, decides between the final letters as edited text does next to the same words', () => {
    expect(only('alif-maqsura', 'وقد ساعدت علي التعرف على الآخرين.\n')).toEqual(['Unexpected final yā\' in `علي`, expected `على`'])
    expect(only('alif-maqsura', 'والتقى الوزير علي حسن بنظيره.\n')).toEqual([])
    // With its missing hamza too: one fix for both faults, which hamza reports as well.
    expect(only('alif-maqsura', 'وذهب الوفد الي المدينة.\n')).toEqual(['Unexpected final yā\' in `الي`, expected `إلى`'])
    const both = lintSync('وذهب الوفد الي المدينة.\n', {only: ['hamza', 'alif-maqsura']}).messages
    expect(both.map((m) => [m.ruleId, m.expected])).toEqual([
      ['alif-maqsura', ['إلى']],
      ['hamza', ['إلى']]
    ])
  })

  it('keeps harakat and clitics when fixing', () => {
    expect(fixWith('alif-maqsura', 'وَفِى البيان الذى صدر فى القاهرة.\n')).toBe('وَفِي البيان الذي صدر في القاهرة.\n')
    // Alone, `وفى` is the verb (he fulfilled).
    expect(only('alif-maqsura', 'وفى الرجل بوعده.\n')).toEqual([])
  })
})

describe('spelling-consistency', () => {
  it('does not advise dropping a hamza, even from a minority', () => {
    expect(only('spelling-consistency', 'شارك أحد الخبراء، وقال احد المسؤولين إن احد الحلول ممكن.\n')).toEqual([])
  })

  it('leaves a misspelling to hamza, so the two never advise opposite spellings', () => {
    const text = 'تعمل الشبكة عبر الانترنت، وتصل خدمات الانترنت إلى القرى، وشبكة الإنترنت سريعة.\n'
    expect(only('spelling-consistency', text)).toEqual([])
    expect(only('hamza', text)).toEqual([
      'Unexpected `الانترنت` without hamza, expected `الإنترنت`',
      'Unexpected `الانترنت` without hamza, expected `الإنترنت`'
    ])
  })

  it('does not take a root letter for a clitic', () => {
    expect(only('spelling-consistency', 'وكأن شيئا لم يكن، وكان الوفد حاضرا، وكان الرئيس غائبا.\n')).toEqual([])
  })

  it('reports every occurrence of the minority spelling', () => {
    const text = 'قال المسؤول والمسؤولون والمسؤولة إن المسئول والمسئولين اتفقوا.\n'
    expect(only('spelling-consistency', text)).toEqual([
      'Unexpected `المسئول`, expected `المسؤول` as spelt 3 times elsewhere in this document',
      'Unexpected `والمسئولين`, expected `والمسؤولين` as spelt 3 times elsewhere in this document'
    ])
  })
})

describe('size', () => {
  it('lints a long document in linear time', () => {
    const paragraph = 'وأكد المسؤول الأممى فى كلمته أن الاجتماع الذى عقد فى اطار الإستعداد للمؤتمر ناقش الاستراتيجية والإستراتيجية الجديدة.\n'
    const text = paragraph.repeat(4000) // about 60,000 words
    const started = performance.now()
    const file = lintSync(text, {only: ['hamza', 'alif-maqsura', 'spelling-consistency'], maxFindingsPerRule: Infinity})
    const elapsed = performance.now() - started
    expect(file.messages.length).toBeGreaterThan(4000 * 5)
    expect(elapsed).toBeLessThan(20000)
  })
})
