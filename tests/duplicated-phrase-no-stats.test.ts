// duplicated-phrase when no statistics file can be found (a build without
// data/stats): it cannot say what edited text does, so it reports repetitions
// without a reason and excuses only what grammar shows.
import {describe, expect, it, vi} from 'vitest'
import {lintLines} from './helpers.ts'

vi.mock('../src/stats/load.ts', () => ({statsFor: () => undefined}))

const lint = (text: string) => lintLines('duplicated-phrase', text)

describe('duplicated-phrase without statistics', () => {
  it('reports repetitions without claiming what edited text does', () => {
    expect(lint('وقدم الخبراء الدعم في تطوير تطوير الخطط.\n')).toEqual([
      '1:23-1:34: Unexpected repeated word in `تطوير تطوير`, expected `تطوير`'
    ])
    expect(lint('واتفق الطرفين والطرفين على الهدنة.\n')).toEqual([
      '1:7-1:23: Unexpected `الطرفين والطرفين`, the same word is joined to itself, keep one or name the second thing'
    ])
    expect(lint('وقال إن العمل يجري في إطار في إطار خطة شاملة.\n')).toEqual([
      '1:28-1:35: Unexpected repeated phrase `في إطار`, expected it once'
    ])
  })

  it('still excuses what grammar and the hand lists show', () => {
    expect(lint('راجع المدقق الوثيقة حرفًا حرفًا، وقالت شبكة سي إن إن إن الوضع هادئ.\n')).toEqual([])
    expect(lint('وصل ولي ولي العهد، وعرض الباحثون الألياف والألياف الدقيقة، وصار أفضل فأفضل.\n')).toEqual([])
  })
})
