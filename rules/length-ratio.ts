import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {translated, trimmedRange} from '../src/bitext/compare.ts'
import type {BitextInfo} from '../src/bitext/segment.ts'
import {LENGTH_RATIO, type RatioModel} from './data/length-ratio.ts'

const primary = (language: string | undefined, fallback: string) => (language ?? fallback).toLowerCase().split(/[-_]/)[0]!

/** The model for a file's language pair (English → Arabic when the file declares none). */
export function ratioModel(bitext: BitextInfo): RatioModel | undefined {
  return LENGTH_RATIO[`${primary(bitext.sourceLanguage, 'en')}-${primary(bitext.targetLanguage, 'ar')}`]
}

/** How far a pair's length ratio is from the usual, in standard deviations for a source of its length. */
export function ratioScore(model: RatioModel, source: string, target: string): {z: number; ratio: number; low: number; high: number; sigma: number} {
  const s = source.trim().length
  const t = target.trim().length
  const r = Math.log((t + 1) / (s + 1))
  const sigma = Math.sqrt(model.a + model.b / Math.max(s, 1))
  return {z: (r - model.centre) / sigma, ratio: (t + 1) / (s + 1), low: Math.exp(model.centre - 4 * sigma), high: Math.exp(model.centre + 4 * sigma), sigma}
}

export default defineBilingualRule<{threshold: number}>({
  id: 'length-ratio',
  description: 'Report a target much longer or shorter than translations of that source length usually are',
  severity: 'warn',
  fixable: false,
  category: 'artefact',
  options: {
    properties: {
      threshold: {type: 'number', exclusiveMinimum: 0, description: 'Standard deviations from the usual ratio (learned by language pair) beyond which a pair is reported'}
    },
    defaults: {threshold: 4}
  },
  messages: {
    short: {
      en: 'Unexpected target {ratio} times as long as the source, expected at least {low} times for a source of {length} characters',
      ar: 'نسبة طول الترجمة إلى طول الأصل {ratio}، والمتوقع ألا تقل عن {low} لأصلٍ عدد حروفه {length}'
    },
    long: {
      en: 'Unexpected target {ratio} times as long as the source, expected at most {high} times for a source of {length} characters',
      ar: 'نسبة طول الترجمة إلى طول الأصل {ratio}، والمتوقع ألا تزيد على {high} لأصلٍ عدد حروفه {length}'
    }
  },
  examples: {
    valid: [{text: 'source\ttarget\nThe committee will meet again next week to discuss the budget.\tستجتمع اللجنة مرة أخرى الأسبوع المقبل لمناقشة الميزانية.\n'}],
    invalid: [
      {
        text: 'source\ttarget\nThe committee will meet again next week to discuss the budget and the report.\tستجتمع اللجنة.\n',
        messages: ['2:79-2:93: Unexpected target 0.19 times as long as the source, expected at least 0.46 times for a source of 77 characters']
      },
      {
        text: 'source\ttarget\nThe price is 500 francs.\tالسعر 500 فرنك كونغولي لركوب قصيرة في المدينة. السعر هو 50 فرنك كونغولي فقط لكل راكب في الحافلة.\n',
        messages: ['2:26-2:122: Unexpected target 3.88 times as long as the source, expected at most 2.41 times for a source of 24 characters']
      }
    ]
  },
  checkSegments(bitext, context, options) {
    const model = ratioModel(bitext)
    if (!model) return
    return (segments) => {
      for (const segment of translated(segments)) {
        const source = segment.source.text
        const target = segment.target.text
        if (source.trim().length === 0 || target.trim().length === 0) continue
        const score = ratioScore(model, source, target)
        if (Math.abs(score.z) <= options.threshold) continue
        const sigma = score.sigma
        const [start, end] = trimmedRange(target)
        context.report({
          messageId: score.z < 0 ? 'short' : 'long',
          segment,
          side: 'target',
          start,
          end,
          data: {
            ratio: score.ratio.toFixed(2),
            low: Math.exp(model.centre - options.threshold * sigma).toFixed(2),
            high: Math.exp(model.centre + options.threshold * sigma).toFixed(2),
            length: source.trim().length
          }
        })
      }
    }
  }
})
