// The language of the messages: English or Arabic. A rule writes each message
// template in both, side by side in its definition, and the engine fills the
// one of the run's locale; a placeholder value that is itself wording (a kind
// of bracket, a count of lines) comes in both languages the same way.

export const LOCALES = ['en', 'ar'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

/** A text in each language. */
export interface Localized {
  en: string
  ar: string
}

/**
 * A rule's message template: both languages, or one string used in every
 * locale (a rule from a pack written in one language).
 */
export type MessageTemplate = string | Localized

/** A value for a `{placeholder}`: a word or number quoted as it is, or wording in each language. */
export type PlaceholderValue = string | number | Localized

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The text of `value` in `locale` (a plain string is the same in every locale). */
export function inLocale(value: MessageTemplate, locale: Locale): string {
  return typeof value === 'string' ? value : value[locale]
}

/**
 * The locale the environment asks for, as gettext reads it: the first of
 * `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides, and
 * only an Arabic one (`ar`, `ar_EG.UTF-8`, `ar-SA`) gives Arabic; `C`, `POSIX`
 * and every other language give English, the language of the untranslated texts.
 */
export function localeFromEnvironment(env: Record<string, string | undefined> = process.env): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]
    if (value) return /^ar(?:[_.@-]|$)/i.test(value) ? 'ar' : 'en'
  }
  return DEFAULT_LOCALE
}

/** Join alternatives as a message lists them: `a`, `b` or `c` / `a` أو `b` أو `c`. */
export function alternatives(values: string[]): Localized {
  const quoted = values.map((value) => `\`${value}\``)
  if (quoted.length <= 1) return {en: quoted.join(''), ar: quoted.join('')}
  return {en: `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`, ar: quoted.join(' أو ')}
}

/**
 * A count with its noun in Arabic, which agrees with the number: 1 `سطر واحد`,
 * 2 `سطران`, 3–10 `3 أسطر`, 11–99 `11 سطرًا`, and a round hundred `100 سطر`.
 */
export function arabicCount(
  count: number,
  forms: {one: string; two: string; plural: string; accusative: string; singular: string}
): string {
  if (count === 1) return forms.one
  if (count === 2) return forms.two
  const lastTwo = count % 100
  if (lastTwo >= 3 && lastTwo <= 10) return `${count} ${forms.plural}`
  if (lastTwo >= 11) return `${count} ${forms.accusative}`
  return `${count} ${count < 100 ? forms.plural : forms.singular}`
}

/** Values joined inside one quoted placeholder (`` `{expected}` ``): a`` ` or ` ``b / a`` ` أو ` ``b. */
export function quotedAlternatives(values: string[]): Localized {
  return {en: values.join('` or `'), ar: values.join('` أو `')}
}
