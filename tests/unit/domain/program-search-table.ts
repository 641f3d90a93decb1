/**
 * What people type in the programs' search box, and what each query must find in the real
 * dataset. Used by `program-search.test.ts`; kept apart so that the same table can be run against
 * another version of the search to compare them.
 */
export interface SearchCase {
  /** The query as typed. */
  q: string;
  /** Program ids it must find (others may be found too). */
  finds: readonly string[];
  /** Program ids it must not find. */
  not?: readonly string[];
  /** Program ids that must come first, in any order among themselves. */
  first?: readonly string[];
  /** The corrected query offered, or null when none may be offered. */
  suggestion?: string | null;
  /** True when nothing at all may be found. */
  nothing?: true;
}

const DIGITAL_DEV = [
  'developpement-digital',
  'developpement-digital-web-full-stack',
  'developpement-digital-applications-mobiles',
];
const DIGITAL_SOME = [
  'developpement-digital',
  'infrastructure-digitale',
  'intelligence-artificielle',
  'digital-design',
  'infographie-prepresse',
];
const HOTEL = [
  'management-hotelier',
  'management-hotelier-hebergement-et-reception',
  'management-hotelier-gestion-hoteliere',
];
const SOLAR = [
  'systemes-solaires-photovoltaiques',
  'systemes-solaires-thermiques',
  'bac-pro-solaire-photovoltaique',
  'bac-pro-solaire-thermique',
];
const TEXTILE = ['ouvrier-specialise-en-coupe-et-couture', 'tissage-traditionnel'];
const CARS = [
  'reparateur-de-vehicules-automobiles',
  'electromecanique-des-engins-motorises-automobile',
];
const FISHING = ['patron-de-peche', 'metiers-de-la-peche-maritime'];

export const FRENCH: readonly SearchCase[] = [
  { q: 'hôtellerie', finds: [...HOTEL, 'arts-culinaires', 'management-touristique'], first: HOTEL },
  { q: 'hotellerie', finds: [...HOTEL, 'agent-de-restauration'], first: HOTEL },
  { q: 'HÔTELLERIE', finds: HOTEL, suggestion: null },
  { q: "l'hôtellerie", finds: HOTEL, first: HOTEL },
  { q: 'textile', finds: [...TEXTILE, 'couture-traditionnelle'], not: ['menuiserie-d-art'] },
  { q: 'programmation', finds: DIGITAL_DEV, first: DIGITAL_DEV },
  { q: 'informatique', finds: DIGITAL_SOME },
  { q: 'ordinateur', finds: DIGITAL_SOME },
  { q: 'codage', finds: DIGITAL_DEV },
  { q: 'numerique', finds: ['developpement-digital', 'marketing-digital-et-communication'] },
  {
    q: 'cuisine',
    finds: ['arts-culinaires', 'agent-de-restauration'],
    first: ['arts-culinaires-cuisine-gastronomique', 'arts-culinaires-cuisine-marocaine'],
    not: ['management-hotelier'],
  },
  { q: 'cuisiniers', finds: ['arts-culinaires', 'arts-culinaires-cuisine-marocaine'] },
  { q: 'patisserie', finds: ['arts-culinaires-patisserie-chocolaterie'] },
  { q: 'soudure', finds: ['soudage-multi-procedes', 'construction-metallique'] },
  { q: 'clim', finds: ['froid-commercial-et-climatisation'] },
  { q: 'climatisation', finds: ['froid-commercial-et-climatisation'] },
  { q: 'electricien', finds: ['electricite-de-batiment', 'electricite-industrielle'] },
  { q: 'mécanicien', finds: ['mecanicien-general-polyvalent', ...CARS] },
  { q: 'voiture', finds: CARS },
  { q: 'garage', finds: CARS },
  { q: 'compta', finds: ['gestion-des-entreprises-comptabilite-et-finance'] },
  { q: 'secrétaire', finds: ['assistant-administratif'] },
  { q: 'coiffeuse', finds: ['coiffure'] },
  { q: 'crèche', finds: ['educateur-specialise-dans-la-petite-enfance'] },
  { q: 'peche', finds: [...FISHING, 'ramendage-et-fabrication-des-filets'] },
  { q: 'bateau', finds: FISHING },
  { q: 'énergie solaire', finds: SOLAR },
  { q: 'panneaux solaires', finds: ['systemes-solaires-photovoltaiques'] },
  { q: 'eolienne', finds: ['systemes-eoliens'] },
  { q: 'agriculture bio', finds: ['techniques-agricoles-agriculture-biologique'] },
  {
    q: 'technicien de maintenance',
    finds: ['electricite-de-maintenance-industrielle', 'electromecanique-des-systemes-automatises'],
  },
  {
    q: 'développeur web',
    finds: ['developpement-digital', 'developpement-digital-web-full-stack'],
  },
  { q: 'travaux publics', finds: ['genie-civil-travaux-publics', 'conducteur-d-engins-btp'] },
  { q: 'tracteur', finds: ['operateur-agricole'] },
  { q: 'entrepot', finds: ['logistique', 'exploitation-logistique'] },
  // One typo in a word of five letters or more: found, with the corrected word offered.
  { q: 'informatiqe', finds: DIGITAL_SOME, suggestion: 'informatique' },
  { q: 'hotelerie', finds: HOTEL, suggestion: 'hôtellerie' },
  { q: 'programation', finds: DIGITAL_DEV, suggestion: 'programmation' },
  { q: 'mecanicein', finds: ['mecanicien-general-polyvalent'], suggestion: 'mécanicien' },
  { q: 'cuisnie marocaine', finds: ['arts-culinaires-cuisine-marocaine'] },
  // Four letters: no typo tolerated.
  { q: 'chfe', finds: [], nothing: true, suggestion: null },
];

export const ENGLISH: readonly SearchCase[] = [
  { q: 'computer', finds: DIGITAL_SOME },
  { q: 'computers', finds: DIGITAL_SOME },
  { q: 'programming', finds: DIGITAL_DEV, first: DIGITAL_DEV },
  { q: 'coding', finds: DIGITAL_DEV },
  { q: 'hospitality', finds: [...HOTEL, 'arts-culinaires'], first: HOTEL },
  { q: 'hotel', finds: HOTEL },
  {
    q: 'IT',
    finds: ['infrastructure-digitale', 'developpement-digital'],
    // "it" inside other words: qualité, électricité, exploitation, digital…
    not: [
      'qualite-hygiene-securite-et-environnement',
      'electricite-de-batiment',
      'exploitation-logistique',
      'genie-civil',
      'arts-culinaires',
      'coiffure',
    ],
    first: ['infrastructure-digitale'],
  },
  { q: 'cook', finds: ['arts-culinaires', 'arts-culinaires-cuisine-marocaine'] },
  { q: 'chef', finds: ['arts-culinaires-cuisine-gastronomique'] },
  { q: 'welding', finds: ['soudage-multi-procedes', 'construction-metallique'] },
  {
    q: 'car',
    finds: CARS,
    first: [
      ...CARS,
      'diagnostic-et-electronique-embarquee-automobile',
      'electromecanique-des-engins-motorises',
    ],
  },
  { q: 'mechanic', finds: ['mecanicien-general-polyvalent', ...CARS] },
  { q: 'electrician', finds: ['electricite-de-batiment', 'electricite-industrielle'] },
  { q: 'solar panels', finds: ['systemes-solaires-photovoltaiques'] },
  { q: 'wind', finds: ['systemes-eoliens'] },
  { q: 'farming', finds: ['techniques-agricoles', 'techniques-agricoles-agriculture-biologique'] },
  { q: 'farmer', finds: ['bac-pro-conduite-d-une-exploitation-agricole'] },
  { q: 'tractor', finds: ['operateur-agricole'] },
  { q: 'fishing', finds: FISHING },
  { q: 'boat', finds: FISHING },
  { q: 'accounting', finds: ['gestion-des-entreprises-comptabilite-et-finance'] },
  { q: 'sales', finds: ['gestion-des-entreprises-commerce-et-marketing'] },
  { q: 'HR', finds: ['gestion-des-entreprises-ressources-humaines'] },
  { q: 'hairdresser', finds: ['coiffure'] },
  { q: 'barber', finds: ['coiffure'] },
  { q: 'kindergarten', finds: ['educateur-specialise-dans-la-petite-enfance'] },
  { q: 'sewing', finds: ['ouvrier-specialise-en-coupe-et-couture', 'couture-traditionnelle'] },
  { q: 'textile', finds: TEXTILE },
  { q: 'warehouse', finds: ['logistique'] },
  { q: 'air conditioning', finds: ['froid-commercial-et-climatisation'] },
  { q: 'networks', finds: ['infrastructure-digitale-systemes-et-reseaux'] },
  { q: 'developers', finds: ['developpement-digital'] },
  { q: 'cyber security', finds: ['infrastructure-digitale-cyber-securite'] },
  { q: 'graphic design', finds: ['digital-design', 'infographie-prepresse'] },
  {
    q: 'moroccan cuisine',
    finds: ['arts-culinaires-cuisine-marocaine'],
    first: ['arts-culinaires-cuisine-marocaine'],
  },
  { q: 'programing', finds: DIGITAL_DEV, suggestion: 'programming' },
  { q: 'hospitalty', finds: HOTEL, suggestion: 'hospitality' },
  { q: 'computr', finds: DIGITAL_SOME, suggestion: 'computer' },
  { q: 'welidng', finds: ['soudage-multi-procedes'], suggestion: 'welding' },
  { q: 'hotl', finds: [], nothing: true, suggestion: null },
];

export const ARABIC: readonly SearchCase[] = [
  { q: 'المعلوميات', finds: DIGITAL_SOME },
  { q: 'معلوميات', finds: DIGITAL_SOME },
  { q: 'الإعلاميات', finds: DIGITAL_SOME },
  { q: 'الاعلاميات', finds: DIGITAL_SOME },
  { q: 'البرمجة', finds: DIGITAL_DEV, first: DIGITAL_DEV },
  { q: 'برمجه', finds: DIGITAL_DEV },
  { q: 'الْبَرْمَجَة', finds: DIGITAL_DEV },
  { q: 'الفندقة', finds: [...HOTEL, 'arts-culinaires'], first: HOTEL },
  { q: 'فندقة', finds: HOTEL, first: HOTEL },
  { q: 'الرقمنة', finds: ['developpement-digital', 'infrastructure-digitale'] },
  { q: 'الحاسوب', finds: DIGITAL_SOME },
  { q: 'طبخ', finds: ['arts-culinaires', 'arts-culinaires-cuisine-marocaine'] },
  { q: 'طباخ', finds: ['arts-culinaires', 'agent-de-restauration'] },
  { q: 'الحلويات', finds: ['arts-culinaires-patisserie-chocolaterie'] },
  { q: 'اللحام', finds: ['soudage-multi-procedes'] },
  { q: 'التلحيم', finds: ['soudage-multi-procedes', 'construction-metallique'] },
  { q: 'المكيف', finds: ['froid-commercial-et-climatisation'] },
  { q: 'الكهرباء', finds: ['electricite-de-batiment', 'electricite-industrielle'] },
  { q: 'كهربائي', finds: ['electricite-de-batiment'] },
  { q: 'للسيارات', finds: CARS },
  { q: 'السيارة', finds: CARS },
  { q: 'المحاسبة', finds: ['gestion-des-entreprises-comptabilite-et-finance'] },
  {
    q: 'والتسويق',
    finds: ['marketing-digital-et-communication', 'gestion-des-entreprises-commerce-et-marketing'],
  },
  { q: 'الموارد البشرية', finds: ['gestion-des-entreprises-ressources-humaines'] },
  { q: 'الحلاقة', finds: ['coiffure'] },
  { q: 'الخياطة', finds: ['ouvrier-specialise-en-coupe-et-couture', 'couture-traditionnelle'] },
  { q: 'النسيج', finds: TEXTILE },
  { q: 'الزرابي', finds: ['tissage-traditionnel'] },
  { q: 'الصيد البحري', finds: FISHING },
  { q: 'البحر', finds: FISHING },
  { q: 'الزراعة', finds: ['techniques-agricoles', 'operateur-agricole'] },
  {
    q: 'الري',
    finds: ['techniques-agricoles-gestion-des-sols-et-systemes-d-irrigation'],
    // The whole word (irrigation) before a word that only begins with it (الريحية, wind).
    first: ['techniques-agricoles-gestion-des-sols-et-systemes-d-irrigation'],
    // Also the words it starts (الرياح, wind), but not ري alone at the start of a word without
    // the article (رياض, riad).
    not: ['arts-culinaires-cuisine-marocaine'],
  },
  { q: 'الطاقة الشمسية', finds: SOLAR },
  { q: 'الأطفال', finds: ['educateur-specialise-dans-la-petite-enfance'] },
  { q: 'اللوجستيك', finds: ['logistique', 'exploitation-logistique'] },
  { q: 'الالومنيوم', finds: ['menuiserie-aluminium'] },
  { q: 'اصلاح السيارات', finds: CARS },
  { q: 'الاتمتة', finds: ['automatisation-et-instrumentation-industrielle'] },
  { q: 'المعلوميت', finds: DIGITAL_SOME, suggestion: 'المعلوميات' },
  { q: 'الفندقا', finds: HOTEL, suggestion: 'الفندقة' },
  { q: 'البرجمة', finds: DIGITAL_DEV, suggestion: 'البرمجة' },
  { q: 'حلاف', finds: [], nothing: true, suggestion: null },
];
