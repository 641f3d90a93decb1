// @ts-check
/**
 * The variants that the glossary (`docs/glossary.md`) rules out, in a form `npm run i18n:check`
 * can look for in every locale file and in the dataset's text. Each rule names the variant, the
 * term to use instead and why; `tests/unit/tooling/glossary-check.test.ts` checks that every rule
 * is in the glossary, so the two say the same thing. To rule out a new variant, add it here and to
 * the table "Ruled out" of the glossary.
 *
 * How a rule matches:
 * - `words` (Arabic only): word forms without the article, prefixes (و ف ب ل ك), attached
 *   pronouns or vowel marks, which the check adds or ignores itself: `مسلك` also finds والمسلك،
 *   بمسلكها، مسلكًا; forms are separated as alternatives (`مسلك|مسالك`), and a form of several
 *   words is a phrase. A word that merely contains the letters (انقطاع for نقطة) is not found.
 * - `pattern`: a regular expression. In French and English it matches a whole word or phrase,
 *   ignoring case; in Arabic it is matched on the text with its vowel marks removed (`raw` keeps
 *   them, for rules about the marks themselves).
 * - `allow`: regular expressions of passages where the word means something else and is right,
 *   such as a computer program (برنامج معلوماتي) or a baccalauréat track (مسالك الباكالوريا).
 *
 * @typedef {object} GlossaryRule
 * @property {'ar' | 'fr' | 'en'} lang
 * @property {string} variant  the ruled-out word or phrase, as the glossary shows it
 * @property {string} use  the glossary's term
 * @property {string} reason  why, in a few words
 * @property {readonly string[]} [words]
 * @property {string} [pattern]
 * @property {boolean} [raw]
 * @property {readonly string[]} [allow]
 *
 * @typedef {object} GlossaryException  a proper name or a quotation in which a variant is right
 * @property {'ar' | 'fr' | 'en'} lang
 * @property {string} text  the exact passage, as written in the text
 * @property {string} reason
 */

/** A sentence (up to . ; : ! ?) that speaks of the baccalauréat. */
const AR_BAC_SENTENCE = '[^.؛:!؟\\n]*باكالوريا[^.؛:!؟\\n]*';
const FR_BAC_SENTENCE = '[^.;:!?\\n]*(?<!\\p{L})(?:bac|baccalauréat)s?(?!\\p{L})[^.;:!?\\n]*';

/** @type {readonly GlossaryRule[]} */
export const GLOSSARY_RULES = [
  // ---- Arabic: programmes, options, tracks --------------------------------------------------
  {
    lang: 'ar',
    variant: 'مسلك',
    use: 'شعبة',
    reason: 'a programme is a شعبة; مسلك names only a baccalauréat track',
    words: ['مسلك|مسلكا|مسلكان|مسلكين|مسالك'],
    allow: [AR_BAC_SENTENCE],
  },
  {
    lang: 'ar',
    variant: 'برنامج',
    use: 'شعبة',
    reason: 'a programme is a شعبة; برنامج is left to software (برنامج معلوماتي)',
    words: ['برنامج|برنامجا|برنامجان|برنامجين|برامج'],
    allow: ['\\S*(?:برنامج|برامج)\\S*\\s+\\S*(?:معلومات|نصي|حاسوب)\\S*'],
  },
  {
    lang: 'ar',
    variant: 'هذا التكوين',
    use: 'هذه الشعبة',
    reason: 'التكوين is training in general; one programme is a شعبة',
    words: ['هذا التكوين'],
  },
  {
    lang: 'ar',
    variant: 'التكوينات',
    use: 'الشُّعَب',
    reason: 'programmes are شُعَب; التكوين is training in general',
    words: ['تكوينات'],
  },
  {
    lang: 'ar',
    variant: 'البكالوريا',
    use: 'الباكالوريا',
    reason: 'one spelling, the one Moroccan schools write',
    words: ['بكالوريا'],
  },
  {
    lang: 'ar',
    variant: 'مستوى التأهيل / مستوى التقني المتخصص',
    use: 'مستوى تأهيل، مستوى تقني متخصص',
    reason: 'level names are labels, written without the article: تخصص، تأهيل، تقني، تقني متخصص',
    pattern: '(?<![\\u0621-\\u064A])مستوي(?:ي|ات)?\\s+ال(?:تخصص|تاهيل|تقني)(?![\\u0621-\\u064A])',
  },
  // ---- Arabic: interest types ----------------------------------------------------------------
  {
    lang: 'ar',
    variant: 'بحثي',
    use: 'استقصائي',
    reason: 'بحثي describes things (a research paper), not a person who inquires',
    words: ['بحثي|بحثيا'],
  },
  {
    lang: 'ar',
    variant: 'مقدام',
    use: 'مبادِر',
    reason: 'مقدام means daring; the type is about taking the lead (المبادرة)',
    words: ['مقدام|مقداما'],
  },
  {
    lang: 'ar',
    variant: 'تقليدي (name of the C type)',
    use: 'تنظيمي',
    reason: 'تقليدي reads as old-fashioned and clashes with الصناعة التقليدية',
    // Only as the type's name: alone, heading a list entry, or after نمط. Crafts stay تقليدية.
    pattern:
      '^(?:ال)?تقليدي(?=\\s*(?:$|:))|(?<=(?:^|\\s)(?:ال)?(?:نمط|انماط)\\s+)(?:ال)?تقليدي(?![\\u0621-\\u064A])',
  },
  {
    lang: 'ar',
    variant: 'صنف',
    use: 'نمط',
    reason: 'an interest type is a نمط everywhere',
    words: ['صنف|اصناف'],
  },
  // ---- Arabic: scores and the paper form --------------------------------------------------
  {
    lang: 'ar',
    variant: 'نقطة / نقط / نقاط',
    use: 'درجة / درجات',
    reason: 'exam words: the questionnaire is not a test; a score is a درجة',
    words: ['نقطة|نقطتان|نقطتين|نقط|نقاط|نقطا'],
    allow: ['نق(?:طة|اط|ط)\\s+(?:ال)?بيع'],
  },
  {
    lang: 'ar',
    variant: 'شبكة التصحيح / شبكة التقييم',
    use: 'جدول حساب الدرجات',
    reason: 'exam words: nothing is marked right or wrong',
    words: ['شبكة التصحيح|شبكة التقييم'],
  },
  {
    lang: 'ar',
    variant: 'غير متأكد',
    use: 'لا أدري',
    reason: 'the middle answer has the same words on paper and on screen',
    words: ['غير متاكد'],
  },
  // ---- Arabic: status, credits, data ------------------------------------------------------
  {
    lang: 'ar',
    variant: 'إرشادي',
    use: 'للاستئناس',
    reason: 'إرشادي reads as advisory in a guidance app; indicative data is for reference',
    words: ['ارشادي|ارشادية|ارشاديا'],
  },
  {
    lang: 'ar',
    variant: 'الإشادة',
    use: 'ذكر المصادر',
    reason: 'الإشادة means praise',
    words: ['اشادة'],
  },
  {
    lang: 'ar',
    variant: 'بيانات مساري',
    use: 'معطيات مساري',
    reason: "Masari's data are معطيات; بيانات stays in قاعدة بيانات and جدول بيانات",
    words: ['بيانات مساري'],
  },
  // ---- Arabic: uneven pairs ---------------------------------------------------------------
  {
    lang: 'ar',
    variant: 'زبائن',
    use: 'زبناء',
    reason: 'one plural, the one Moroccan workplaces use',
    words: ['زبائن'],
  },
  {
    lang: 'ar',
    variant: 'منتوج',
    use: 'منتج',
    reason: 'one word for a product',
    words: ['منتوج|منتوجا|منتوجات'],
  },
  {
    lang: 'ar',
    variant: 'عطب / أعطاب',
    use: 'عطل / أعطال',
    reason: 'one word for a fault',
    words: ['عطب|عطبا|اعطاب'],
  },
  {
    lang: 'ar',
    variant: 'المطعمة',
    use: 'الإطعام',
    reason: 'one word for catering',
    words: ['مطعمة'],
  },
  {
    lang: 'ar',
    variant: 'إلكترونيك',
    use: 'إلكترونيات',
    reason: 'one word for electronics',
    words: ['الكترونيك'],
  },
  {
    lang: 'ar',
    variant: 'اً (tanween on the alif)',
    use: 'ًا (tanween on the letter before the alif)',
    reason: 'tanween is written one way: مثلًا، لاحقًا',
    pattern: 'اً',
    raw: true,
  },

  // ---- French -------------------------------------------------------------------------------
  {
    lang: 'fr',
    variant: 'filière',
    use: 'formation',
    reason: 'une formation partout ; « filière » seulement pour les filières du bac',
    pattern: 'filières?',
    allow: [FR_BAC_SENTENCE],
  },
  {
    lang: 'fr',
    variant: 'programme',
    use: 'formation',
    reason: 'une formation partout ; « programme » reste au programme informatique',
    pattern: 'programmes?',
    // The noun only: a computer program, and the verb (« il programme les machines »).
    allow: [
      'programmes?\\s+informatiques?',
      'programme(?:nt)?\\s+(?:les|la|le|ces)(?!\\p{L})',
      ',\\s+programme(?:nt)?\\s+et(?!\\p{L})',
    ],
  },
  {
    lang: 'fr',
    variant: 'noté / non noté',
    use: "n'entre pas dans le calcul des résultats",
    reason: "vocabulaire d'examen : le questionnaire n'est pas un examen",
    pattern: '(?:non\\s+)?notée?s?',
  },
  {
    lang: 'fr',
    variant: 'auto-correction / auto-évaluation',
    use: 'grille de calcul des scores',
    reason: "vocabulaire d'examen : rien n'est juste ou faux",
    pattern: 'auto-?(?:correction|évaluation)',
  },
  {
    lang: 'fr',
    variant: 'répondues',
    use: 'réponses sur',
    reason: '« répondre à » est indirect : on ne dit pas « des activités répondues »',
    pattern: 'répondues',
  },
  {
    lang: 'fr',
    variant: 'par conception',
    use: "Votre vie privée d'abord",
    reason: 'calque de « by design »',
    pattern: 'par\\s+conception',
  },
  {
    lang: 'fr',
    variant: 'Bon retour',
    use: 'Content de vous revoir',
    reason: '« Bon retour » souhaite un bon voyage de retour',
    pattern: 'bon\\s+retour',
  },
  {
    lang: 'fr',
    variant: 'pour être complet',
    use: "par souci d'exhaustivité",
    reason: '« pour être complet » ne se rapporte à rien dans la phrase',
    pattern: 'pour\\s+être\\s+complète?s?',
  },
  {
    lang: 'fr',
    variant: 'orientation nette / fiable',
    use: 'direction nette / fiable',
    reason: "« orientation » est le conseil d'orientation ; un profil indique une direction",
    pattern: 'orientations?\\s+(?:nette|fiable)s?',
  },

  // ---- English: British spelling --------------------------------------------------------------
  {
    lang: 'en',
    variant: 'program',
    use: 'programme',
    reason: 'en-GB: a training programme; "program" is left to computers',
    pattern: "programs?|program[’']s",
    allow: ['(?:computer|software)\\s+programs?'],
  },
  {
    lang: 'en',
    variant: 'center',
    use: 'centre',
    reason: 'en-GB spelling',
    pattern: "centers?|center[’']s|centered",
  },
  {
    lang: 'en',
    variant: 'counselor',
    use: 'counsellor',
    reason: 'en-GB spelling',
    pattern: "counselors?|counselor[’']s|counseling|counseled",
  },
  {
    lang: 'en',
    variant: 'license (noun)',
    use: 'licence',
    reason: 'en-GB: the noun is a licence',
    pattern: 'licenses?',
  },
  {
    lang: 'en',
    variant: '-ize, -yze (organize, analyze)',
    use: '-ise, -yse (organise, analyse)',
    reason: 'en-GB spelling, as the data already writes it',
    pattern: '\\p{L}{3,}(?:iz|yz)(?:e|es|ed|ing|ation|ations|er|ers)',
    allow: ['capsiz\\p{L}*'],
  },
  {
    lang: 'en',
    variant: '-or (color, behavior, favorite)',
    use: '-our (colour, behaviour, favourite)',
    reason: 'en-GB spelling',
    pattern:
      '(?:col|behavi|fav|hon|lab|neighb|flav|hum|harb|savi|endeav|arm|rig|val|vig|glam)or(?:s|ed|ing|ful|ite|ites)?',
  },
  {
    lang: 'en',
    variant: 'catalog, dialog, analog',
    use: 'catalogue, dialogue, analogue',
    reason: 'en-GB spelling',
    pattern: '(?:catalog|dialog|analog)s?',
  },
  {
    lang: 'en',
    variant: 'traveler, modeling, labeled, enrollment',
    use: 'traveller, modelling, labelled, enrolment',
    reason: 'en-GB spelling',
    pattern:
      'travel(?:er|ers|ed|ing)|model(?:ed|ing)|label(?:ed|ing)|cancel(?:ed|ing)|fuel(?:ed|ing)|enrollments?|fulfill(?:s|ment)?',
  },
  {
    lang: 'en',
    variant: 'aluminum, gray, jewelry, defense',
    use: 'aluminium, grey, jewellery, defence',
    reason: 'en-GB spelling',
    pattern: 'aluminum|gray|jewelry|defense',
  },
  // ---- English: one term per idea ------------------------------------------------------------
  {
    lang: 'en',
    variant: 'orientation',
    use: 'career guidance',
    reason:
      'gallicism: in English, orientation is a first-day tour; OFPPT centres give career guidance',
    pattern: 'orientation',
  },
  {
    lang: 'en',
    variant: 'establishment',
    use: 'training institution',
    reason: 'gallicism (établissement)',
    pattern: 'establishments?',
  },
  {
    lang: 'en',
    variant: 'seat',
    use: 'place',
    reason: 'a place on a programme, as British English says',
    pattern: 'seats?',
    // An upholsterer's seats are chairs.
    allow: ['(?:padding|covering)\\s+(?:and\\s+\\p{L}+\\s+)?seats'],
  },
  {
    lang: 'en',
    variant: 'pole',
    use: 'hub',
    reason: 'gallicism (pôle): a training hub, a fishing hub',
    pattern: 'poles?',
  },
  {
    lang: 'en',
    variant: 'offer (the training offer)',
    use: 'programmes',
    reason: "gallicism (l'offre de formation): the current programmes",
    pattern:
      '(?:the|current|official|new|whole)(?:\\s+\\p{L}+)??(?:\\s+20\\d\\d–20\\d\\d)?\\s+offer',
  },
  {
    lang: 'en',
    variant: 'jury',
    use: 'panel',
    reason: 'gallicism: a jury sits in court',
    pattern: 'jur(?:y|ies)',
  },
  {
    lang: 'en',
    variant: 'at an association',
    use: 'at a local charity',
    reason: 'gallicism (une association)',
    pattern: '(?:at|in|for)\\s+an\\s+association',
  },
  {
    lang: 'en',
    variant: 'go to home',
    use: 'go to the home page',
    reason: 'home is a page here',
    pattern: 'go\\s+to\\s+home',
  },
  {
    lang: 'en',
    variant: 'which counts',
    use: 'which has',
    reason: 'gallicism (qui compte)',
    pattern: 'which\\s+counts',
  },
  {
    lang: 'en',
    variant: 'quick form / full form',
    use: 'quick questionnaire / full questionnaire',
    reason: 'one name for the questionnaire',
    pattern: '(?:quick|full)\\s+forms?',
  },
  {
    lang: 'en',
    variant: 'Cités des Métiers et des Compétences',
    use: 'City of Trades and Skills (CMC)',
    reason: 'one English name for the CMCs',
    pattern: 'cités?\\s+des\\s+métiers(?:\\s+et\\s+des\\s+compétences)?',
  },
  {
    lang: 'en',
    variant: 'Technicien, Technicien Spécialisé',
    use: 'Technician, Specialised Technician',
    reason: 'English names of the levels',
    pattern: 'techniciens?(?:\\s+spécialisés?)?',
  },
  {
    lang: 'en',
    variant: 'baccalauréat, professional baccalaureate',
    use: 'baccalaureate, vocational baccalaureate',
    reason: 'the English word, and one name for the Bac Pro',
    pattern: 'baccalauréats?|professional\\s+baccalaureates?',
  },
  {
    lang: 'en',
    variant: 'Tanger, Marrakech, Fès, Meknès, Laâyoune, Al Hoceïma, Béni Mellal (the cities)',
    use: 'Tangier, Marrakesh, Fez, Meknes, Laayoune, Al Hoceima, Beni Mellal',
    reason: "the cities' English names, as the list of towns gives them",
    // A region's official name keeps its French form: Tanger-Tétouan-Al Hoceïma, Fès-Meknès.
    pattern:
      '(?<!-)(?:tanger|marrakech|fès|meknès|laâyoune|al\\s+hoceïma|béni\\s+mellal|kénitra|tétouan|salé)(?!-)',
  },
];

/**
 * Proper names and quotations that contain a ruled-out word and must stay as they are.
 * @type {readonly GlossaryException[]}
 */
export const GLOSSARY_EXCEPTIONS = [
  // The same letters as مسلك, another word: the wirer (câbleur), written with its vowels.
  { lang: 'ar', text: 'مُسلِّك', reason: 'مُسلِّك, a wirer (câbleur), not a track' },
  // O*NET's attribution, required word for word (US spelling and the department's name).
  {
    lang: 'en',
    text: 'This product uses the O*NET Database developed by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
    reason: "O*NET's required attribution, quoted as O*NET words it",
  },
  // A verb: automated machines are programmed, the computing sense, which en-GB spells "program".
  {
    lang: 'en',
    text: 'installs, programs and repairs',
    reason: 'the computing verb, spelt "program" in en-GB',
  },
];
