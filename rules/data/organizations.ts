// Built-in organisation names for `org-name-consistency`: the Arabic name each
// body uses for itself (canonical), other forms it uses too (accepted), short
// forms that only refer back to a body already named (references), and known
// wrong forms (variants: a finding with a fix). Near-misses that are not listed
// here are found by the rule's similarity on normalised token sequences, so
// this list does not try to name every wrong form.
import type {Organization} from '../../src/language/organizations.ts'

type Entry = Omit<Organization, 'accepted' | 'variants'> & Partial<Pick<Organization, 'accepted' | 'variants'>>

const entries: Entry[] = [
  {id: 'un', english: 'United Nations', acronym: 'UN', canonical: 'الأمم المتحدة', accepted: ['منظمة الأمم المتحدة'], references: ['المنظمة الدولية']},
  {
    id: 'unodc',
    english: 'UN Office on Drugs and Crime',
    acronym: 'UNODC',
    canonical: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة',
    references: ['المكتب'],
    variants: [
      // Word-by-word renderings of an English paraphrase.
      'منظمة الأمم المتحدة لمكافحة المخدرات والجريمة',
      'مكتب الأمم المتحدة لمكافحة المخدرات والجريمة',
      // The name before 2002 (Office for Drug Control and Crime Prevention).
      'مكتب الأمم المتحدة لمراقبة المخدرات ومنع الجريمة'
    ]
  },
  {id: 'unoct', english: 'UN Office of Counter-Terrorism', acronym: 'UNOCT', canonical: 'مكتب الأمم المتحدة لمكافحة الإرهاب'},
  {id: 'uncct', english: 'UN Counter-Terrorism Centre', acronym: 'UNCCT', canonical: 'مركز الأمم المتحدة لمكافحة الإرهاب'},
  {id: 'cted', english: 'Counter-Terrorism Committee Executive Directorate', acronym: 'CTED', canonical: 'المديرية التنفيذية للجنة مكافحة الإرهاب'},
  {
    id: 'global-ct-compact',
    english: 'UN Global Counter-Terrorism Coordination Compact',
    canonical: 'اتفاق الأمم المتحدة العالمي لتنسيق جهود مكافحة الإرهاب',
    variants: ['الاتفاق العالمي لتنسيق مكافحة الإرهاب']
  },
  {id: 'unctf', english: 'UN Counter-Terrorism Trust Fund', canonical: 'صندوق الأمم المتحدة الاستئماني لمكافحة الإرهاب'},
  {id: 'undp', english: 'UN Development Programme', acronym: 'UNDP', canonical: 'برنامج الأمم المتحدة الإنمائي'},
  {
    id: 'unhcr',
    english: 'UN High Commissioner for Refugees',
    acronym: 'UNHCR',
    canonical: 'مفوضية الأمم المتحدة لشؤون اللاجئين',
    accepted: ['المفوضية السامية للأمم المتحدة لشؤون اللاجئين'],
    references: ['المفوضية']
  },
  {
    id: 'unicef',
    english: "UN Children's Fund",
    acronym: 'UNICEF',
    canonical: 'منظمة الأمم المتحدة للطفولة',
    accepted: ['اليونيسف'],
    // "Children's Fund" rendered word by word.
    variants: ['صندوق الأمم المتحدة للطفولة']
  },
  {
    id: 'unesco',
    english: 'UN Educational, Scientific and Cultural Organization',
    acronym: 'UNESCO',
    canonical: 'منظمة الأمم المتحدة للتربية والعلم والثقافة',
    accepted: ['اليونسكو']
  },
  {id: 'who', english: 'World Health Organization', acronym: 'WHO', canonical: 'منظمة الصحة العالمية'},
  {id: 'wfp', english: 'World Food Programme', acronym: 'WFP', canonical: 'برنامج الأغذية العالمي', variants: ['برنامج الغذاء العالمي']},
  {
    id: 'fao',
    english: 'Food and Agriculture Organization',
    acronym: 'FAO',
    canonical: 'منظمة الأغذية والزراعة للأمم المتحدة',
    accepted: ['منظمة الأغذية والزراعة', 'الفاو']
  },
  {id: 'iom', english: 'International Organization for Migration', acronym: 'IOM', canonical: 'المنظمة الدولية للهجرة'},
  {id: 'ilo', english: 'International Labour Organization', acronym: 'ILO', canonical: 'منظمة العمل الدولية'},
  {id: 'unep', english: 'UN Environment Programme', acronym: 'UNEP', canonical: 'برنامج الأمم المتحدة للبيئة'},
  {
    id: 'un-women',
    english: 'UN Women',
    acronym: 'UN Women',
    canonical: 'هيئة الأمم المتحدة للمساواة بين الجنسين وتمكين المرأة',
    accepted: ['هيئة الأمم المتحدة للمرأة']
  },
  {id: 'ohchr', english: 'Office of the High Commissioner for Human Rights', acronym: 'OHCHR', canonical: 'مفوضية الأمم المتحدة السامية لحقوق الإنسان'},
  {
    id: 'unrwa',
    english: 'UN Relief and Works Agency for Palestine Refugees',
    acronym: 'UNRWA',
    canonical: 'وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى',
    accepted: ['الأونروا']
  },
  {id: 'unsmil', english: 'UN Support Mission in Libya', acronym: 'UNSMIL', canonical: 'بعثة الأمم المتحدة للدعم في ليبيا'},
  {
    id: 'unsc',
    english: 'Security Council',
    acronym: 'UNSC',
    canonical: 'مجلس الأمن',
    accepted: ['مجلس الأمن الدولي', 'مجلس الأمن التابع للأمم المتحدة']
  },
  {id: 'unga', english: 'General Assembly', acronym: 'UNGA', canonical: 'الجمعية العامة للأمم المتحدة', accepted: ['الجمعية العامة']},
  {id: 'imf', english: 'International Monetary Fund', acronym: 'IMF', canonical: 'صندوق النقد الدولي'},
  {id: 'world-bank', english: 'World Bank', canonical: 'البنك الدولي', accepted: ['مجموعة البنك الدولي']},
  {id: 'iaea', english: 'International Atomic Energy Agency', acronym: 'IAEA', canonical: 'الوكالة الدولية للطاقة الذرية'},
  {id: 'icc', english: 'International Criminal Court', acronym: 'ICC', canonical: 'المحكمة الجنائية الدولية'},
  {id: 'icrc', english: 'International Committee of the Red Cross', acronym: 'ICRC', canonical: 'اللجنة الدولية للصليب الأحمر'},
  {
    id: 'interpol',
    english: 'INTERPOL',
    acronym: 'INTERPOL',
    canonical: 'المنظمة الدولية للشرطة الجنائية',
    accepted: ['الإنتربول'],
    variants: [
      // Hamza dropped from the loan word.
      'الانتربول',
      // "International Criminal Police Organization" in English word order.
      'منظمة الشرطة الجنائية الدولية'
    ]
  },
  {id: 'wco', english: 'World Customs Organization', acronym: 'WCO', canonical: 'منظمة الجمارك العالمية'},
  {id: 'las', english: 'League of Arab States', acronym: 'LAS', canonical: 'جامعة الدول العربية', accepted: ['الجامعة العربية']},
  {id: 'caim', english: 'Council of Arab Interior Ministers', canonical: 'مجلس وزراء الداخلية العرب'},
  {id: 'arab-parliament', english: 'Arab Parliament', canonical: 'البرلمان العربي'},
  {id: 'nauss', english: 'Naif Arab University for Security Sciences', acronym: 'NAUSS', canonical: 'جامعة نايف العربية للعلوم الأمنية'},
  {
    id: 'gcc',
    english: 'Gulf Cooperation Council',
    acronym: 'GCC',
    canonical: 'مجلس التعاون لدول الخليج العربية',
    accepted: ['مجلس التعاون الخليجي']
  },
  {
    id: 'oic',
    english: 'Organisation of Islamic Cooperation',
    acronym: 'OIC',
    canonical: 'منظمة التعاون الإسلامي',
    // The name before 2011 (Organisation of the Islamic Conference).
    variants: ['منظمة المؤتمر الإسلامي']
  },
  {id: 'eu', english: 'European Union', acronym: 'EU', canonical: 'الاتحاد الأوروبي', variants: ['الاتحاد الأوربي']},
  {id: 'au', english: 'African Union', acronym: 'AU', canonical: 'الاتحاد الأفريقي', accepted: ['الاتحاد الإفريقي']},
  {
    id: 'nato',
    english: 'North Atlantic Treaty Organization',
    acronym: 'NATO',
    canonical: 'حلف شمال الأطلسي',
    accepted: ['حلف الناتو', 'الناتو']
  },
  {id: 'small-arms-survey', english: 'Small Arms Survey', canonical: 'برنامج مسح الأسلحة الصغيرة'}
]

export const organizations: Organization[] = entries.map((entry) => ({
  ...entry,
  accepted: entry.accepted ?? [],
  variants: entry.variants ?? []
}))
