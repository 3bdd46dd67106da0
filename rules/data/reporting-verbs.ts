// Verbs that introduce what someone said, in the forms news uses (normalised
// keys: normalize() unifies the alef forms and drops harakat). `word-order`
// reports one of them standing alone after a comma at the end of a sentence,
// the English order "…, he said." carried into Arabic.
import {normalize} from '../../src/language/arabic.ts'

const VERBS = [
  'قال', 'قالت', 'قالوا', 'قلن', 'قلت', 'قلنا', 'يقول', 'تقول', 'يقولون', 'نقول', 'أقول',
  'أضاف', 'أضافت', 'أضافوا', 'يضيف', 'تضيف', 'يضيفون',
  'أوضح', 'أوضحت', 'أوضحوا', 'يوضح', 'توضح',
  'تابع', 'تابعت', 'يتابع', 'تتابع',
  'أكد', 'أكدت', 'أكدوا', 'يؤكد', 'تؤكد',
  'ذكر', 'ذكرت', 'ذكروا', 'يذكر', 'تذكر',
  'صرح', 'صرحت', 'صرحوا', 'يصرح', 'تصرح',
  'كتب', 'كتبت', 'كتبوا', 'يكتب', 'تكتب',
  'سأل', 'سألت', 'سألوا', 'يسأل', 'تسأل',
  'أجاب', 'أجابت', 'أجابوا', 'يجيب', 'تجيب',
  'أشار', 'أشارت', 'أشاروا', 'يشير', 'تشير',
  'أعلن', 'أعلنت', 'أعلنوا', 'يعلن', 'تعلن',
  'اعترف', 'اعترفت', 'اعترفوا', 'يعترف', 'تعترف',
  'رد', 'ردت', 'ردوا', 'يرد', 'ترد',
  'أفاد', 'أفادت', 'أفادوا', 'يفيد', 'تفيد',
  'أردف', 'أردفت', 'يردف', 'تردف',
  'علق', 'علقت', 'علقوا', 'يعلق', 'تعلق'
]

/** Reporting verbs, by comparison key. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(VERBS.map((verb) => normalize(verb)))

/** Detached subject pronouns that may follow the verb in the calque (`، قال هو.`). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['هو', 'هي', 'هم', 'هن', 'هما', 'أنا', 'نحن'].map((p) => normalize(p)))
