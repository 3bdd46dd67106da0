// The command line's help (`translint --help`) in English and Arabic.
//
// The help is printed while the arguments are parsed, before `--locale` has a
// value, so its language is read from the arguments themselves (`--locale ar`,
// `--locale=ar`) or the environment, as the messages' is.
import {isLocale, localeFromEnvironment, type Locale, type Localized} from '../engine/locale.ts'

export const HELP_TEXT = {
  description: {
    en: 'Lint Arabic documents for machine-translation and scraping artefacts.',
    ar: 'يفحص الوثائق العربية بحثًا عن آثار الترجمة الآلية والنسخ من صفحات الويب.'
  },
  paths: {
    en: 'files, folders (recursively) or globs; `-` reads standard input',
    ar: 'ملفات، أو مجلدات بما في داخلها، أو أنماط مسارات؛ و`-` يقرأ الدخل القياسي'
  },
  format: {en: 'output format', ar: 'صيغة التقرير'},
  outputFile: {en: 'write the report to a file instead of standard output', ar: 'اكتب التقرير في ملف بدل الخرج القياسي'},
  locale: {
    en: "language of the messages: ar or en (default: the config's `locale`, else LC_ALL, LC_MESSAGES or LANG, else en)",
    ar: 'لغة الرسائل: `ar` أو `en` (الافتراضي: مفتاح `locale` في الإعدادات، ثم `LC_ALL` أو `LC_MESSAGES` أو `LANG`، ثم `en`)'
  },
  config: {en: 'use this config file instead of looking for .linterrc.json', ar: 'استعمل ملف الإعدادات هذا بدل البحث عن `.linterrc.json`'},
  rule: {en: 'set a rule, e.g. stray-period:error (repeatable)', ar: 'اضبط قاعدة، مثل `stray-period:error` (يتكرر)'},
  quiet: {en: 'report errors only', ar: 'أبلغ عن الأخطاء وحدها'},
  maxWarnings: {en: 'exit 1 when there are more warnings than this', ar: 'اخرج بالرمز 1 إذا زادت التحذيرات على هذا العدد'},
  listRules: {en: 'list the rules and exit', ar: 'اعرض القواعد واخرج'},
  printConfig: {en: 'print the configuration that applies to a file and exit', ar: 'اطبع الإعدادات التي تسري على ملف واخرج'},
  fix: {
    en: 'apply safe fixes to the files (with --stdin: print the fixed text)',
    ar: 'طبّق الإصلاحات الآمنة على الملفات (مع `--stdin`: اطبع النص المصلَح)'
  },
  fixDryRun: {
    en: 'print the changes the fixes would make, word by word; write nothing',
    ar: 'اطبع ما ستغيّره الإصلاحات كلمةً كلمة، دون كتابة شيء'
  },
  fixType: {
    en: 'fix only these kinds of rule (comma-separated, repeatable): {types}',
    ar: 'أصلح هذه الأنواع من القواعد وحدها (مفصولة بفواصل، ويتكرر): {types}'
  },
  baseline: {en: 'report only findings that are not in this baseline', ar: 'أبلغ عن الملاحظات التي ليست في خط الأساس هذا وحدها'},
  writeBaseline: {en: "record today's findings as the baseline and exit 0", ar: 'سجّل ملاحظات اليوم خطَّ أساس واخرج بالرمز 0'},
  changedSince: {
    en: 'lint only files changed since this git ref (and untracked ones)',
    ar: 'افحص الملفات التي تغيرت منذ مرجع `git` هذا وحدها (والملفات غير المتتبَّعة)'
  },
  reportUnusedDisableDirectives: {
    en: 'report translint-disable directives that disable nothing',
    ar: 'أبلغ عن توجيهات `translint-disable` التي لا تعطّل شيئًا'
  },
  jobs: {
    en: 'threads that lint, this one included (default: one per core when the files hold over 512 KB of text, 32 MB on two cores; else 1)',
    ar: 'عدد خيوط الفحص، وهذا منها (الافتراضي: خيط لكل نواة إذا زاد نص الملفات على 512 كيلوبايت، و32 ميغابايت على نواتين؛ وإلا فخيط واحد)'
  },
  lsp: {en: 'run the language server over stdio (for editors)', ar: 'شغّل خادم اللغة عبر الدخل والخرج القياسيين (للمحررات)'},
  cache: {
    en: 'lint only files that changed since the last --cache run (findings kept in .translintcache)',
    ar: 'افحص الملفات التي تغيرت منذ آخر تشغيل بـ`--cache` وحدها (تُحفظ الملاحظات في `.translintcache`)'
  },
  cacheLocation: {
    en: 'the cache file, or a folder to keep it in (default: .translintcache)',
    ar: 'ملف الذاكرة المؤقتة أو مجلد يُحفظ فيه (الافتراضي: `.translintcache`)'
  },
  cacheStrategy: {
    en: 'how a file is known unchanged: by its bytes, or by size and modification time',
    ar: 'كيف يُعرف أن الملف لم يتغير: ببايتاته، أو بحجمه ووقت تعديله'
  },
  followSymlinks: {
    en: 'follow symlinks to folders when searching folders (loops are detected)',
    ar: 'اتبع الروابط الرمزية إلى المجلدات عند البحث فيها (وتُكشف الحلقات)'
  },
  noErrorOnUnmatchedPattern: {
    en: 'exit 0 when no file is found to lint (by default: exit 2)',
    ar: 'اخرج بالرمز 0 إذا لم يوجد ملف للفحص (الافتراضي: الرمز 2)'
  },
  stdin: {en: 'lint standard input', ar: 'افحص الدخل القياسي'},
  stdinJsonl: {
    en: 'read {"id","text"} records, one JSON a line, from standard input; write one findings line per record as each is done',
    ar: 'اقرأ سجلات `{"id","text"}` من الدخل القياسي، سجلًّا بصيغة `JSON` في كل سطر؛ واكتب سطر ملاحظات لكل سجل حين يُنجَز'
  },
  stdinFilename: {
    en: 'file name for standard input (config lookup, reports)',
    ar: 'اسم ملف للدخل القياسي (للبحث عن الإعدادات وللتقارير)'
  },
  noColor: {en: 'no colour in the stylish output (also: NO_COLOR set)', ar: 'بلا ألوان في التقرير الافتراضي (وكذلك إذا ضُبط `NO_COLOR`)'},
  version: {en: 'output the version number', ar: 'اطبع رقم الإصدار'},
  help: {en: 'display help for command', ar: 'اعرض هذه المساعدة'}
} satisfies Record<string, Localized>

export type HelpId = keyof typeof HELP_TEXT

/** Commander's headings, in the help's language. */
const TITLES: Record<string, Localized> = {
  'Usage:': {en: 'Usage:', ar: 'الاستخدام:'},
  'Arguments:': {en: 'Arguments:', ar: 'الوسائط:'},
  'Options:': {en: 'Options:', ar: 'الخيارات:'}
}

export function helpTitle(title: string, locale: Locale): string {
  return TITLES[title]?.[locale] ?? title
}

/** The examples after the options: a command, and what it does where that is not plain from it. */
const EXAMPLES: [command: string, what?: Localized][] = [
  ['translint seeds/', {en: 'lint every .txt and .md file under seeds/', ar: 'يفحص كل ملف .txt و.md في seeds/'}],
  ['translint --format json docs/ > r.json', {en: 'machine-readable report', ar: 'تقرير تقرؤه البرامج'}],
  ['translint --format jsonl corpus/ | ...', {en: 'one JSON line per file, as each is done', ar: 'سطر JSON لكل ملف حين يُنجَز'}],
  ['translint --format jsonl pairs.tsv', {en: 'one JSON line per pair, with a score (corpus mode)', ar: 'سطر JSON لكل زوج، مع درجته (وضع المدونات)'}],
  ['translint --format html -o r.html docs/', {en: 'one page to read in a browser: text, marks, fixes', ar: 'صفحة تُقرأ في المتصفح: النص والعلامات والإصلاحات'}],
  ['translint --rule stray-period:error a.txt'],
  ['cat a.txt | translint --stdin --stdin-filename a.txt'],
  ['translint --max-warnings 0 "docs/**/*.txt"'],
  ['translint --fix docs/', {en: 'apply safe fixes in place', ar: 'يطبّق الإصلاحات الآمنة في الملفات نفسها'}],
  ['translint --fix-dry-run --fix-type typography docs/'],
  ['translint --write-baseline .translint-baseline.json docs/'],
  ['translint --baseline .translint-baseline.json --format github docs/'],
  ['translint --changed-since origin/main'],
  ['translint --list-rules'],
  ['translint --print-config seeds/000_ffe6ca2c3771edd8.txt']
]

const EXAMPLES_TITLE: Localized = {en: 'Examples:', ar: 'أمثلة:'}

const EXIT_STATUS: Localized = {
  en: 'Exit status: 0 no errors, 1 errors (or more warnings than --max-warnings),\n2 usage, configuration or file errors, or no file to lint.',
  ar: 'رمز الخروج: 0 لا أخطاء، 1 أخطاء (أو تحذيرات أكثر من --max-warnings)،\n2 خطأ في الاستخدام أو الإعدادات أو الملفات، أو لا ملف للفحص.'
}

/** The command column is as wide as the longest command that has a description beside it. */
const COMMAND_WIDTH = Math.max(...EXAMPLES.filter(([, what]) => what).map(([command]) => command.length))

export function helpExamples(locale: Locale): string {
  const lines = EXAMPLES.map(([command, what]) => (what ? `  $ ${command.padEnd(COMMAND_WIDTH)}  ${what[locale]}` : `  $ ${command}`))
  return `\n${EXAMPLES_TITLE[locale]}\n${lines.join('\n')}\n\n${EXIT_STATUS[locale]}`
}

/**
 * The help's language: `--locale ar` or `--locale=ar` among the arguments
 * (before `--`), else the environment's. A value that is not a language is
 * left for the option's own check to refuse.
 */
export function helpLocale(argv: readonly string[], env: Record<string, string | undefined> = process.env): Locale {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--') break
    const value = arg === '--locale' ? argv[index + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined
    if (isLocale(value)) return value
  }
  return localeFromEnvironment(env)
}
