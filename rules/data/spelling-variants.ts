// Loan words (and a few names) that print spells in more than one accepted
// way, beyond the hamza-seat and alef variants that spelling-consistency
// finds by itself. Each row lists the spellings of one stem's start; a word
// belongs to a row when its stem (clitics stripped, alef forms unified)
// starts with one of them. Write each spelling as it is usually printed.
export const SPELLING_VARIANTS: readonly (readonly string[])[] = [
  ['أوروب', 'أورب'], // أوروبا / أوربا, الأوروبي / الأوربي
  ['أمريك', 'أميرك'], // أمريكا / أميركا
  ['ديمقراط', 'ديموقراط'],
  ['إنجلتر', 'إنكلتر'],
  ['إنجليز', 'إنكليز'],
  ['كونغرس', 'كونجرس'],
  ['غوغل', 'جوجل'],
  ['تلفزيون', 'تليفزيون'],
  ['بروتوكول', 'برتوكول'],
  ['إنترنت', 'إنترنيت'],
  ['مايكروسوفت', 'ميكروسوفت'],
  ['فيروس', 'فايروس'],
  ['يوتيوب', 'يوتوب'],
  ['أولمبي', 'أوليمبي'],
  ['بيولوج', 'بايولوج'],
  ['يونيو', 'يونيه'],
  ['يوليو', 'يوليه'],
  ['داوود', 'داود']
]
