/**
 * French grammar for the names of entities in what people sign: the article that goes with
 * each entity (« la commune de Villeneuve », « l’association Les Amis de Kassandé », « le
 * département du Gers »), elision before a vowel or a mute h (« d’Akwadum », « l’ONG »), and the
 * contractions of « de » and « à » with « le » and « les » (« du comité », « aux communes »).
 *
 * The entity's name is kept as written. When it already starts with a common noun (« Commune
 * rurale de Kassandé », « Comité de jumelage… », « Association Les Amis… »), that noun takes the
 * article and a lower-case initial; otherwise the entity's type gives the noun (« la commune de »
 * + a place name, « l’association » + the association's own name). English keeps names as given.
 */
import type { Lang } from '../i18n/index.js';
import type { Entity } from '../model/charter.js';

type Gender = 'f' | 'm';

/** Common nouns that open an entity's official name, with their gender. */
const NAME_NOUNS: Readonly<Record<string, Gender>> = {
  agglomération: 'f',
  arrondissement: 'm',
  association: 'f',
  cercle: 'm',
  collectif: 'm',
  collectivité: 'f',
  comité: 'm',
  commune: 'f',
  communauté: 'f',
  conseil: 'm',
  département: 'm',
  district: 'm',
  établissement: 'm',
  fédération: 'f',
  fondation: 'f',
  groupement: 'm',
  mairie: 'f',
  métropole: 'f',
  municipalité: 'f',
  office: 'm',
  ong: 'f',
  préfecture: 'f',
  province: 'f',
  région: 'f',
  syndicat: 'm',
  territoire: 'm',
  union: 'f',
  village: 'm',
  ville: 'f',
};

/** The noun for each type when the name does not start with one; `de`: the name follows « de ». */
const TYPE_NOUNS: Readonly<
  Record<Entity['type'], { noun: string; gender: Gender; de: boolean } | undefined>
> = {
  commune: { noun: 'commune', gender: 'f', de: true },
  epci: { noun: 'intercommunalité', gender: 'f', de: false },
  departement: { noun: 'département', gender: 'm', de: true },
  region: { noun: 'région', gender: 'f', de: false },
  province: { noun: 'province', gender: 'f', de: true },
  district: { noun: 'district', gender: 'm', de: true },
  association: { noun: 'association', gender: 'f', de: false },
  ngo: { noun: 'ONG', gender: 'f', de: false },
  twinning_committee: { noun: 'comité de jumelage', gender: 'm', de: false },
  other: undefined,
};

/** Words starting with a mute h (the others, « Hautes-Alpes », « Hongrie »…, take no elision). */
const MUTE_H = new Set([
  'haïti',
  'habitat',
  'habitants',
  'harmonie',
  'hendaye',
  'hérault',
  'hérouville',
  'héritage',
  'histoire',
  'homme',
  'hommes',
  'honfleur',
  'hôpital',
  'hôtel',
  'humanité',
  'humanitaire',
  'hyères',
]);

/** Names where a y before a vowel still takes elision (« d’Yerres », « l’Yonne », « l’île d’Yeu »). */
const ELIDING_Y = new Set(['yerres', 'yonne', 'yeu', 'yèbles']);

const VOWEL = /^[aeiouàâäéèêëîïôöùûüœæ]/i;

/** True when a word takes elision: « l’ », « d’ », « qu’ ». */
export function startsWithVowelSound(word: string): boolean {
  const w = word.trim();
  if (w === '') return false;
  const first = w[0]!.toLowerCase();
  if (VOWEL.test(first)) return true;
  // « d’Yerres », « des Yvelines »; « de Yaoundé » (a y before a vowel is a consonant).
  if (first === 'y') {
    const head = (/^[\p{L}]+/u.exec(w)?.[0] ?? w).toLowerCase();
    return ELIDING_Y.has(head) || (!VOWEL.test(w[1] ?? '') && (w[1] ?? '').toLowerCase() !== 'y');
  }
  if (first === 'h') {
    const head = (/^[\p{L}]+/u.exec(w)?.[0] ?? w).toLowerCase();
    return MUTE_H.has(head);
  }
  return false;
}

export type Preposition = '' | 'de' | 'à' | 'par' | 'pour' | 'avec' | 'entre';

/** « la », « le », « l’ », « les », with « de » and « à » contracted. */
function withArticle(prep: Preposition, gender: Gender | 'pl', rest: string): string {
  const elide = gender !== 'pl' && startsWithVowelSound(rest);
  const article = gender === 'pl' ? 'les ' : elide ? 'l’' : gender === 'f' ? 'la ' : 'le ';
  if (prep === 'de') {
    if (article === 'le ') return `du ${rest}`;
    if (article === 'les ') return `des ${rest}`;
    return `de ${article}${rest}`;
  }
  if (prep === 'à') {
    if (article === 'le ') return `au ${rest}`;
    if (article === 'les ') return `aux ${rest}`;
    return `à ${article}${rest}`;
  }
  return prep === '' ? `${article}${rest}` : `${prep} ${article}${rest}`;
}

/** « de Villeneuve », « d’Akwadum », « du Mans », « des Sables-d’Olonne », « de La Rochelle ». */
export function deName(name: string): string {
  const le = /^(le|les) (.*)$/i.exec(name);
  if (le) return `${le[1]!.toLowerCase() === 'le' ? 'du' : 'des'} ${le[2]}`;
  return startsWithVowelSound(name) ? `d’${name}` : `de ${name}`;
}

function lowerInitial(word: string): string {
  // Acronyms (« ONG », « EPCI ») keep their capitals.
  return word.length > 1 && word === word.toUpperCase() ? word : word[0]!.toLowerCase() + word.slice(1);
}

/**
 * An entity as French prose writes it after `prep`: `entityPhrase({type: 'commune', name:
 * 'Villeneuve'}, 'de')` is « de la commune de Villeneuve ». The name's own spelling is kept.
 */
export function entityPhrase(
  entity: Pick<Entity, 'name' | 'type'>,
  lang: Lang,
  prep: Preposition = '',
): string {
  const name = entity.name.trim();
  if (lang !== 'fr') return prep === '' ? name : `${ENGLISH_PREPOSITIONS[prep]} ${name}`;
  const first = /^[\p{L}]+/u.exec(name)?.[0] ?? '';
  const nounGender = NAME_NOUNS[first.toLowerCase()];
  if (nounGender !== undefined && first !== '') {
    return withArticle(prep, nounGender, lowerInitial(first) + name.slice(first.length));
  }
  const typeNoun = TYPE_NOUNS[entity.type];
  if (typeNoun === undefined)
    return prep === '' ? name : `${prep === 'de' ? deName(name) : `${prep} ${name}`}`;
  const rest = typeNoun.de ? `${typeNoun.noun} ${deName(name)}` : `${typeNoun.noun} ${name}`;
  return withArticle(prep, typeNoun.gender, rest);
}

const ENGLISH_PREPOSITIONS: Readonly<Record<Exclude<Preposition, ''>, string>> = {
  de: 'of',
  à: 'to',
  par: 'by',
  pour: 'for',
  avec: 'with',
  entre: 'between',
};

/** The first letter in upper case, for a phrase that opens a sentence. */
export function capitalize(text: string): string {
  return text === '' ? text : text[0]!.toUpperCase() + text.slice(1);
}

const FRENCH_NUMBERS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
];
const ENGLISH_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/** « trois », "three" up to ten (as deeds write counts of originals); digits beyond. */
export function smallNumberInWords(n: number, lang: Lang): string {
  const words = lang === 'fr' ? FRENCH_NUMBERS : ENGLISH_NUMBERS;
  return Number.isInteger(n) && n >= 0 && n < words.length ? words[n]! : String(n);
}
