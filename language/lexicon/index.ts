/** The lexicon: the language layer's word lists as data (data/*.yaml), loaded once and typed. */
export { getLexicon } from './lexicon.js';
export type { AbbreviationSpec, AreaSpec, Lexicon, TopicSpec, UnitSpec } from './lexicon.js';
export type { InstitutionKind, ProgramKind } from './schema.js';
export { userDictionaryLines, writeUserDictionary } from './userDictionary.js';
