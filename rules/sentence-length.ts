import {defineRule} from '../src/engine/define-rule.ts'
import {getDocument} from '../src/engine/document.ts'

// One sentence of news prose, held together by commas and `و`.
const LONG =
  'وأكد وزير الخارجية، في كلمة ألقاها أمام المشاركين في الاجتماع الوزاري الذي عقد في العاصمة على مدى يومين ' +
  'بحضور ممثلين عن أكثر من ثلاثين دولة ومنظمة إقليمية ودولية، أن بلاده ماضية في دعم الجهود الرامية إلى تعزيز ' +
  'الأمن والاستقرار في المنطقة، وأنها ستواصل العمل مع شركائها من أجل تطوير آليات التعاون في مجالات مكافحة ' +
  'الإرهاب والجريمة المنظمة وتهريب المخدرات والاتجار بالبشر، مشيرًا إلى أن التحديات التي تواجهها دول المنطقة ' +
  'تتطلب تنسيقًا أوثق وتبادلًا أسرع للمعلومات، فضلًا عن بناء قدرات المؤسسات الوطنية وتدريب العاملين فيها على ' +
  'أحدث الأساليب والتقنيات، وداعيًا المجتمع الدولي إلى الوفاء بالتزاماته تجاه الدول المضيفة للاجئين.'

export default defineRule({
  id: 'sentence-length',
  description: 'Report sentences with more words than a limit',
  severity: 'info',
  fixable: false,
  category: 'style',
  options: {
    properties: {
      max: {type: 'integer', minimum: 1, description: 'The most words a sentence may have.'}
    },
    defaults: {max: 80}
  },
  messages: {
    long: {
      en: 'Unexpected sentence of `{count}` words, expected at most `{max}`, split it',
      ar: 'جملة عدد كلماتها `{count}`، والحد الأقصى `{max}`، فقسّمها'
    }
  },
  examples: {
    valid: [
      {
        text: 'وأكد الوزير، في كلمته أمام المؤتمر، أن الحكومة ماضية في تنفيذ خطتها، وأن التعاون مع الشركاء الإقليميين والدوليين سيستمر في المرحلة المقبلة.\n'
      },
      {text: `${LONG}\n`, options: {max: 100}, note: 'A higher limit for prose with long sentences.'}
    ],
    invalid: [
      {
        text: `${LONG}\n`,
        note: 'A news sentence of 98 words: clauses joined by commas and `و`.',
        messages: [`1:1-1:${LONG.length + 1}: Unexpected sentence of \`98\` words, expected at most \`80\`, split it`]
      },
      {
        text: 'انعقد الاجتماع في موعده. وناقش المجتمعون جدول الأعمال بندًا بندًا قبل أن يتفقوا على التوصيات النهائية.\n',
        options: {max: 10},
        messages: ['1:26-1:103: Unexpected sentence of `12` words, expected at most `10`, split it']
      }
    ]
  },
  check(tree, context, options) {
    const doc = getDocument(tree, context.text)
    for (const sentence of doc.sentences) {
      const count = sentence.words.length
      if (count <= options.max) continue
      context.report({messageId: 'long', start: sentence.start, end: sentence.end, data: {count, max: options.max}})
    }
  }
})
