// Built-in organisation names for `org-name-consistency`: the Arabic name each
// body uses for itself (canonical), other forms it uses too (accepted), short
// forms that only refer back to a body already named (references), known
// wrong forms (variants: a finding with a fix) and the names a renamed body
// had before (former). Near-misses that are not listed here are found by the
// rule's similarity on normalised token sequences, so this list does not try
// to name every wrong form. Accepted forms include the ones edited news writes
// as often as the body's own (`مفوضية الأمم المتحدة السامية لشؤون اللاجئين`,
// `منظمة الأغذية والزراعة التابعة للأمم المتحدة`): the rule asks a document to
// keep to a name, not to use the most formal one.
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
      'مكتب الأمم المتحدة لمكافحة المخدرات والجريمة'
    ],
    // The name from 1997 to 2002 (Office for Drug Control and Crime Prevention).
    former: ['مكتب الأمم المتحدة لمراقبة المخدرات ومنع الجريمة'],
    renamed: 2002
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
    accepted: [
      'المفوضية السامية للأمم المتحدة لشؤون اللاجئين',
      'مفوضية الأمم المتحدة السامية لشؤون اللاجئين',
      'المفوضية السامية لشؤون اللاجئين'
    ],
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
    accepted: ['منظمة الأغذية والزراعة', 'منظمة الأغذية والزراعة التابعة للأمم المتحدة', 'الفاو']
  },
  {
    id: 'iom',
    english: 'International Organization for Migration',
    acronym: 'IOM',
    canonical: 'المنظمة الدولية للهجرة',
    // Intergovernmental Committee for Migration (1980-1989), for European Migration before it.
    former: ['اللجنة الحكومية الدولية للهجرة', 'اللجنة الحكومية الدولية للهجرة الأوروبية'],
    renamed: 1989
  },
  {id: 'ilo', english: 'International Labour Organization', acronym: 'ILO', canonical: 'منظمة العمل الدولية'},
  {id: 'unep', english: 'UN Environment Programme', acronym: 'UNEP', canonical: 'برنامج الأمم المتحدة للبيئة'},
  {
    id: 'un-women',
    english: 'UN Women',
    acronym: 'UN Women',
    canonical: 'هيئة الأمم المتحدة للمساواة بين الجنسين وتمكين المرأة',
    accepted: ['هيئة الأمم المتحدة للمرأة'],
    // UNIFEM, merged into UN Women in 2010.
    former: ['صندوق الأمم المتحدة الإنمائي للمرأة'],
    renamed: 2010
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
    accepted: ['مجلس الأمن الدولي', 'مجلس الأمن التابع للأمم المتحدة', 'مجلس الأمن الدولي التابع للأمم المتحدة']
  },
  {id: 'unga', english: 'General Assembly', acronym: 'UNGA', canonical: 'الجمعية العامة للأمم المتحدة', accepted: ['الجمعية العامة']},
  {id: 'imf', english: 'International Monetary Fund', acronym: 'IMF', canonical: 'صندوق النقد الدولي'},
  {id: 'world-bank', english: 'World Bank', canonical: 'البنك الدولي', accepted: ['مجموعة البنك الدولي']},
  {
    id: 'iaea',
    english: 'International Atomic Energy Agency',
    acronym: 'IAEA',
    canonical: 'الوكالة الدولية للطاقة الذرية',
    // A short form edited news uses after the full name; as a name of its own it
    // is any country's (Iran's is `منظمة الطاقة الذرية`), so nothing is compared with it.
    references: ['وكالة الطاقة الذرية']
  },
  {id: 'icc', english: 'International Criminal Court', acronym: 'ICC', canonical: 'المحكمة الجنائية الدولية'},
  {id: 'icrc', english: 'International Committee of the Red Cross', acronym: 'ICRC', canonical: 'اللجنة الدولية للصليب الأحمر'},
  {
    id: 'interpol',
    english: 'INTERPOL',
    acronym: 'INTERPOL',
    canonical: 'المنظمة الدولية للشرطة الجنائية',
    accepted: ['الإنتربول'],
    // International Criminal Police Commission, until 1956.
    former: ['اللجنة الدولية للشرطة الجنائية'],
    renamed: 1956,
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
    former: ['منظمة المؤتمر الإسلامي'],
    renamed: 2011
  },
  {
    id: 'eu',
    english: 'European Union',
    acronym: 'EU',
    canonical: 'الاتحاد الأوروبي',
    variants: ['الاتحاد الأوربي'],
    // The European Communities (EC, EEC, the Common Market) before 1993.
    former: [
      'المجموعة الأوروبية',
      'الجماعة الأوروبية',
      'المجموعة الاقتصادية الأوروبية',
      'الجماعة الاقتصادية الأوروبية',
      'السوق الأوروبية المشتركة'
    ],
    renamed: 1993
  },
  {
    id: 'au',
    english: 'African Union',
    acronym: 'AU',
    canonical: 'الاتحاد الأفريقي',
    accepted: ['الاتحاد الإفريقي'],
    // Organisation of African Unity, until 2002.
    former: ['منظمة الوحدة الأفريقية'],
    renamed: 2002
  },
  {
    id: 'nato',
    english: 'North Atlantic Treaty Organization',
    acronym: 'NATO',
    canonical: 'حلف شمال الأطلسي',
    accepted: ['حلف الناتو', 'الناتو']
  },
  {id: 'small-arms-survey', english: 'Small Arms Survey', canonical: 'برنامج مسح الأسلحة الصغيرة'},
  // Bodies edited news names often, so that a slip in their names is known as one.
  {
    id: 'ocha',
    english: 'UN Office for the Coordination of Humanitarian Affairs',
    acronym: 'OCHA',
    canonical: 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية',
    accepted: ['مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة']
  },
  {id: 'unfpa', english: 'UN Population Fund', acronym: 'UNFPA', canonical: 'صندوق الأمم المتحدة للسكان'},
  {
    id: 'un-habitat',
    english: 'UN Human Settlements Programme',
    acronym: 'UN-Habitat',
    canonical: 'برنامج الأمم المتحدة للمستوطنات البشرية',
    accepted: ['موئل الأمم المتحدة'],
    // UN Centre for Human Settlements, until 2002.
    former: ['مركز الأمم المتحدة للمستوطنات البشرية'],
    renamed: 2002
  },
  {id: 'unctad', english: 'UN Conference on Trade and Development', acronym: 'UNCTAD', canonical: 'مؤتمر الأمم المتحدة للتجارة والتنمية', accepted: ['الأونكتاد']},
  {id: 'unido', english: 'UN Industrial Development Organization', acronym: 'UNIDO', canonical: 'منظمة الأمم المتحدة للتنمية الصناعية'},
  {id: 'unifil', english: 'UN Interim Force in Lebanon', acronym: 'UNIFIL', canonical: 'قوة الأمم المتحدة المؤقتة في لبنان', accepted: ['اليونيفيل']},
  {
    id: 'unhrc',
    english: 'Human Rights Council',
    acronym: 'HRC',
    canonical: 'مجلس حقوق الإنسان',
    accepted: ['مجلس حقوق الإنسان التابع للأمم المتحدة', 'مجلس حقوق الإنسان الدولي', 'مجلس الأمم المتحدة لحقوق الإنسان']
  },
  {id: 'icj', english: 'International Court of Justice', acronym: 'ICJ', canonical: 'محكمة العدل الدولية'},
  {id: 'wto', english: 'World Trade Organization', acronym: 'WTO', canonical: 'منظمة التجارة العالمية'},
  {id: 'unwto', english: 'World Tourism Organization', acronym: 'UNWTO', canonical: 'منظمة السياحة العالمية'},
  {id: 'wipo', english: 'World Intellectual Property Organization', acronym: 'WIPO', canonical: 'المنظمة العالمية للملكية الفكرية'},
  {id: 'wmo', english: 'World Meteorological Organization', acronym: 'WMO', canonical: 'المنظمة العالمية للأرصاد الجوية'},
  {id: 'icao', english: 'International Civil Aviation Organization', acronym: 'ICAO', canonical: 'منظمة الطيران المدني الدولي'},
  {id: 'imo', english: 'International Maritime Organization', acronym: 'IMO', canonical: 'المنظمة البحرية الدولية'},
  {id: 'itu', english: 'International Telecommunication Union', acronym: 'ITU', canonical: 'الاتحاد الدولي للاتصالات'},
  {id: 'ifad', english: 'International Fund for Agricultural Development', acronym: 'IFAD', canonical: 'الصندوق الدولي للتنمية الزراعية'},
  {
    id: 'opcw',
    english: 'Organisation for the Prohibition of Chemical Weapons',
    acronym: 'OPCW',
    canonical: 'منظمة حظر الأسلحة الكيميائية',
    accepted: ['منظمة حظر الأسلحة الكيماوية', 'المنظمة الدولية لحظر الأسلحة الكيميائية', 'المنظمة الدولية لحظر الأسلحة الكيماوية']
  },
  {id: 'iea', english: 'International Energy Agency', acronym: 'IEA', canonical: 'وكالة الطاقة الدولية'},
  {
    id: 'opec',
    english: 'Organization of the Petroleum Exporting Countries',
    acronym: 'OPEC',
    canonical: 'منظمة البلدان المصدرة للنفط',
    accepted: ['منظمة الدول المصدرة للنفط', 'منظمة الدول المصدرة للبترول', 'منظمة البلدان المصدرة للبترول', 'أوبك']
  },
  {
    id: 'oecd',
    english: 'Organisation for Economic Co-operation and Development',
    acronym: 'OECD',
    canonical: 'منظمة التعاون والتنمية في الميدان الاقتصادي',
    accepted: ['منظمة التعاون الاقتصادي والتنمية'],
    // Organisation for European Economic Co-operation, until 1961.
    former: ['منظمة التعاون الاقتصادي الأوروبي'],
    renamed: 1961
  },
  {
    id: 'osce',
    english: 'Organization for Security and Co-operation in Europe',
    acronym: 'OSCE',
    canonical: 'منظمة الأمن والتعاون في أوروبا',
    // Conference on Security and Co-operation in Europe, until 1995.
    former: ['مؤتمر الأمن والتعاون في أوروبا'],
    renamed: 1995
  },
  {id: 'sco', english: 'Shanghai Cooperation Organisation', acronym: 'SCO', canonical: 'منظمة شنغهاي للتعاون'},
  {id: 'asean', english: 'Association of Southeast Asian Nations', acronym: 'ASEAN', canonical: 'رابطة دول جنوب شرق آسيا', accepted: ['آسيان']},
  {id: 'amu', english: 'Arab Maghreb Union', canonical: 'اتحاد المغرب العربي'},
  {id: 'amf', english: 'Arab Monetary Fund', acronym: 'AMF', canonical: 'صندوق النقد العربي'},
  {id: 'isdb', english: 'Islamic Development Bank', acronym: 'IsDB', canonical: 'البنك الإسلامي للتنمية'},
  {id: 'afdb', english: 'African Development Bank', acronym: 'AfDB', canonical: 'البنك الأفريقي للتنمية', accepted: ['بنك التنمية الأفريقي']},
  {id: 'ec', english: 'European Commission', canonical: 'المفوضية الأوروبية', references: ['المفوضية']},
  {id: 'ep', english: 'European Parliament', canonical: 'البرلمان الأوروبي'},
  {id: 'european-council', english: 'European Council', canonical: 'المجلس الأوروبي'},
  {id: 'coe', english: 'Council of Europe', canonical: 'مجلس أوروبا'},
  {id: 'ecb', english: 'European Central Bank', acronym: 'ECB', canonical: 'البنك المركزي الأوروبي'},
  {id: 'esa', english: 'European Space Agency', acronym: 'ESA', canonical: 'وكالة الفضاء الأوروبية'},
  {
    id: 'amnesty',
    english: 'Amnesty International',
    canonical: 'منظمة العفو الدولية',
    accepted: ['العفو الدولية']
  },
  {id: 'hrw', english: 'Human Rights Watch', acronym: 'HRW', canonical: 'منظمة هيومن رايتس ووتش', accepted: ['هيومن رايتس ووتش']},
  {id: 'msf', english: 'Doctors Without Borders', acronym: 'MSF', canonical: 'منظمة أطباء بلا حدود', accepted: ['أطباء بلا حدود']},
  {
    id: 'ifrc',
    english: 'International Federation of Red Cross and Red Crescent Societies',
    acronym: 'IFRC',
    canonical: 'الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر'
  },
  {id: 'ioc', english: 'International Olympic Committee', acronym: 'IOC', canonical: 'اللجنة الأولمبية الدولية'},
  {id: 'fifa', english: 'FIFA', acronym: 'FIFA', canonical: 'الاتحاد الدولي لكرة القدم', accepted: ['فيفا', 'الفيفا']},
  {id: 'uefa', english: 'UEFA', acronym: 'UEFA', canonical: 'الاتحاد الأوروبي لكرة القدم', accepted: ['يويفا', 'اليويفا']},
  {
    id: 'fbi',
    english: 'Federal Bureau of Investigation',
    acronym: 'FBI',
    canonical: 'مكتب التحقيقات الفيدرالي',
    accepted: ['مكتب التحقيقات الفدرالي']
  },
  {
    id: 'cia',
    english: 'Central Intelligence Agency',
    acronym: 'CIA',
    canonical: 'وكالة المخابرات المركزية الأمريكية',
    accepted: [
      'وكالة المخابرات المركزية الأميركية',
      'وكالة المخابرات المركزية',
      'وكالة الاستخبارات المركزية الأمريكية',
      'وكالة الاستخبارات المركزية الأميركية',
      'وكالة الاستخبارات المركزية'
    ]
  },
  {
    id: 'nasa',
    english: 'NASA',
    acronym: 'NASA',
    canonical: 'وكالة الفضاء الأمريكية',
    accepted: ['وكالة الفضاء الأميركية', 'ناسا', 'الإدارة الوطنية للملاحة الجوية والفضاء']
  },
  {
    id: 'fed',
    english: 'Federal Reserve',
    canonical: 'مجلس الاحتياطي الفيدرالي',
    accepted: ['مجلس الاحتياطي الفدرالي', 'الاحتياطي الفيدرالي', 'الاحتياطي الفدرالي']
  }
]

export const organizations: Organization[] = entries.map((entry) => ({
  ...entry,
  accepted: entry.accepted ?? [],
  variants: entry.variants ?? []
}))
