// The command line's own words (errors, notices, the lines it writes besides
// the report) in English and Arabic, in one place, worded in the language of
// the run: `--locale`, else the config's `locale`, else the environment (see
// src/engine/locale.ts). A run sets its language once, before it says anything.
import {fillTemplate} from '../engine/define-rule.ts'
import {arabicCount, DEFAULT_LOCALE, type Locale, type Localized, type PlaceholderValue} from '../engine/locale.ts'

let current: Locale = DEFAULT_LOCALE

/** The language of the run's own texts. */
export function setTextLocale(locale: Locale): void {
  current = locale
}

export function textLocale(): Locale {
  return current
}

export const CLI_TEXT = {
  internalError: {en: 'internal error: {message}', ar: 'خطأ داخلي: {message}'},
  noPaths: {
    en: 'no paths given (try `translint seeds/`, `translint --stdin`, or `translint --help`)',
    ar: 'لم يُذكر مسار (جرّب `translint seeds/` أو `translint --stdin` أو `translint --help`)'
  },
  maxWarningsValue: {en: '--max-warnings: expected a whole number, got `{value}`', ar: '`--max-warnings`: المتوقع عدد صحيح، وأُعطي `{value}`'},
  jobsValue: {
    en: '--jobs: expected a whole number of 1 or more, got `{value}`',
    ar: '`--jobs`: المتوقع عدد صحيح لا يقل عن 1، وأُعطي `{value}`'
  },
  fixTypeUnknown: {en: '--fix-type: unknown type `{type}` (allowed: {allowed})', ar: '`--fix-type`: نوع غير معروف `{type}` (المسموح: {allowed})'},
  stdinJsonlClash: {
    en: '--stdin-jsonl reads records from standard input and writes JSON lines: it cannot be used with {flags}',
    ar: '`--stdin-jsonl` يقرأ السجلات من الدخل القياسي ويكتب أسطر `JSON`، فلا يُستعمل مع {flags}'
  },
  nothingIgnored: {
    en: "no file to lint: every file found in {given} is ignored by the config's `ignore`",
    ar: 'لا ملف للفحص: كل ملف وُجد في {given} يستثنيه المفتاح `ignore` في الإعدادات'
  },
  nothingChanged: {en: 'no file to lint: no file in {given} changed since `{ref}`', ar: 'لا ملف للفحص: لم يتغير ملف في {given} منذ `{ref}`'},
  nothingMatched: {
    en: "no file to lint: nothing in {given} has a linted extension (folders are searched for the config's `extensions`, .txt and .md by default)",
    ar: 'لا ملف للفحص: ليس في {given} ملف بامتداد يُفحص (يُبحث في المجلدات عن امتدادات المفتاح `extensions` في الإعدادات، وهي `.txt` و`.md` ما لم تُغيَّر)'
  },
  unmatchedAllowed: {en: '{reason} (--no-error-on-unmatched-pattern allows this)', ar: '{reason} (ويسمح بذلك الخيار `--no-error-on-unmatched-pattern`)'},
  wroteBaseline: {en: 'wrote {findings} to {path}', ar: 'كُتبت {findings} في {path}'},
  tooManyWarnings: {en: '{count} warnings, more than --max-warnings {max}', ar: 'عدد التحذيرات {count}، وهو أكثر من حد `--max-warnings` ({max})'},
  noSuchPath: {en: 'no such file or folder', ar: 'لا ملف ولا مجلد بهذا الاسم'},
  noMatch: {en: 'no files match this pattern', ar: 'لا ملف يطابق هذا النمط'},
  binary: {en: 'looks like a binary file (it contains NUL bytes)', ar: 'يبدو ملفًا ثنائيًا (فيه بايتات `NUL`)'},
  notUtf8: {en: 'is not valid UTF-8 text', ar: 'ليس نصًّا صالحًا بترميز `UTF-8`'},
  cannotRead: {en: 'cannot read ({code})', ar: 'تتعذر قراءته ({code})'},
  notRegular: {en: 'is not a regular file; not linted', ar: 'ليس ملفًا عاديًا، فلم يُفحص'},
  tooLarge: {en: 'is larger than {size}; not linted', ar: 'حجمه أكبر من {size}، فلم يُفحص'},
  changedWhileFixing: {
    en: '{path}: changed on disk while it was being fixed; left as it is, not fixed (its findings are of its text now; run again to fix it)',
    ar: '{path}: تغيّر على القرص في أثناء إصلاحه، فتُرك كما هو دون إصلاح (ملاحظاته عن نصه الحالي؛ أعد التشغيل لإصلاحه)'
  },
  tooManyToFix: {
    en: '{path}: not fixed: more than {max} findings of {rules}, more than --fix takes on at once (fix it in parts)',
    ar: '{path}: لم يُصلَح، إذ فيه أكثر من {max} ملاحظة لـ{rules}، وهو أكثر مما يصلحه `--fix` مرة واحدة (أصلحه أجزاءً)'
  },
  cannotWriteFixed: {en: '{path}: cannot write the fixed file ({code}); left unchanged', ar: '{path}: تتعذر كتابة الملف المُصلَح ({code})، فتُرك دون تغيير'},
  internalInFile: {
    en: '{path}: internal error {where}: {message} (a bug in translint: please report it with this file); {consequence}',
    ar: '{path}: خطأ داخلي {where}: {message} (علة في `translint`، فأبلغ عنها مع هذا الملف)؛ {consequence}'
  },
  whileParsing: {en: 'while parsing', ar: 'في أثناء التحليل'},
  inRule: {en: 'in rule {rules}', ar: 'في القاعدة {rules}'},
  inRules: {en: 'in rules {rules}', ar: 'في القواعد {rules}'},
  notLinted: {en: 'it was not linted', ar: 'فلم يُفحص'},
  incomplete: {en: 'its findings are incomplete', ar: 'فملاحظاته ناقصة'},
  incompleteNotFixed: {en: 'its findings are incomplete and it was not fixed', ar: 'فملاحظاته ناقصة ولم يُصلَح'},
  cannotWriteReport: {en: 'cannot write the report ({code})', ar: 'تتعذر كتابة التقرير ({code})'},
  cannotReadBaseline: {en: 'cannot read the baseline ({code})', ar: 'تتعذر قراءة خط الأساس ({code})'},
  baselineNotJson: {en: 'the baseline is not JSON ({detail})', ar: 'خط الأساس ليس `JSON` صالحًا ({detail})'},
  notBaseline: {
    en: 'not a translint baseline (expected {"version": 2, "findings": [...]}; write one with --write-baseline)',
    ar: 'ليس خط أساس لـ`translint` (المتوقع `{"version": 2, "findings": [...]}`؛ اكتبه بالخيار `--write-baseline`)'
  },
  cannotWriteBaseline: {en: 'cannot write the baseline ({code})', ar: 'تتعذر كتابة خط الأساس ({code})'},
  didYouMean: {en: ', did you mean `{hint}`', ar: '، هل تقصد `{hint}`؟'},
  configUnknownKey: {en: 'unknown key{hint} (allowed: {allowed})', ar: 'مفتاح غير معروف{hint} (المسموح: {allowed})'},
  configUnknownKeyNamed: {en: 'unknown key `{key}`', ar: 'مفتاح غير معروف `{key}`'},
  configRulesObject: {
    en: 'expected an object of rule id → severity or [severity, options]',
    ar: 'المتوقع كائن يربط معرّف كل قاعدة بدرجتها أو بـ`[severity, options]`'
  },
  configUnknownRule: {en: 'unknown rule{hint} (see `translint --list-rules`)', ar: 'قاعدة غير معروفة{hint} (انظر `translint --list-rules`)'},
  configBadSeverity: {en: 'bad severity {value} (allowed: {allowed})', ar: 'درجة غير صالحة `{value}` (المسموح: {allowed})'},
  configOptionsObject: {en: 'expected an object of options', ar: 'المتوقع كائن من الخيارات'},
  configUnknownOption: {en: 'unknown option{hint} (allowed: {allowed})', ar: 'خيار غير معروف{hint} (المسموح: {allowed})'},
  configUnknownPreset: {
    en: 'unknown preset `{name}`{hint} (allowed: {allowed}, or a path)',
    ar: 'إعداد مسبق غير معروف `{name}`{hint} (المسموح: {allowed}، أو مسار ملف)'
  },
  configCannotFind: {en: 'cannot find `{name}` (looked for {target})', ar: 'تعذر العثور على `{name}` (بُحث عنه في `{target}`)'},
  configNoSuchFile: {en: 'no such config file', ar: 'لا ملف إعدادات بهذا الاسم'},
  configNotUtf8: {en: 'the config file is not UTF-8 text', ar: 'ملف الإعدادات ليس نصًّا بترميز `UTF-8`'},
  configTooMany: {
    en: 'pulls in more than {max} config files through `extends`',
    ar: 'يجلب عبر `extends` ملفات إعدادات يزيد عددها على {max}'
  },
  configUnknownValue: {en: 'must be equal to one of the allowed values (allowed: {allowed})', ar: 'قيمة غير مسموح بها (المسموح: {allowed})'},
  ruleFlagUnknown: {en: 'unknown rule `{id}`{hint}', ar: 'قاعدة غير معروفة `{id}`{hint}'},
  ruleFlagShape: {en: 'expected `id:severity` with severity one of {allowed}', ar: 'المتوقع `id:severity` والدرجة إحدى القيم: {allowed}'},
  ruleFlagJson: {en: 'options after the severity must be JSON', ar: 'الخيارات بعد الدرجة يجب أن تكون `JSON`'},
  progressFiles: {en: '{done}/{total} files', ar: 'الملفات: {done}/{total}'},
  progressFound: {en: '{count} files', ar: 'الملفات: {count}'},
  progressLeft: {en: 'ETA {time}', ar: 'المتبقي {time}'},
  progressCounting: {en: 'counting files…', ar: 'عدّ الملفات…'}
} satisfies Record<string, Localized>

export type TextId = keyof typeof CLI_TEXT

/** One of the command line's texts in the run's language, its `{placeholders}` filled. */
export function say(id: TextId, data: Record<string, PlaceholderValue> = {}): string {
  return fillTemplate(CLI_TEXT[id][current], data, current)
}

/** A count of findings: `1 finding`, `3 findings` / `ملاحظة واحدة`, `3 ملاحظات`. */
export function findingsCount(count: number): Localized {
  return {
    en: `${count} finding${count === 1 ? '' : 's'}`,
    ar: count === 0 ? '0 ملاحظة' : arabicCount(count, {one: 'ملاحظة واحدة', two: 'ملاحظتان', plural: 'ملاحظات', accusative: 'ملاحظة', singular: 'ملاحظة'})
  }
}

/** Values listed as a text lists them: `a, b, c` / `` `a`، `b`، `c` `` (quoted in Arabic, where they are Latin). */
export function listed(values: string[]): Localized {
  return {en: values.join(', '), ar: values.map((value) => `\`${value}\``).join('، ')}
}
