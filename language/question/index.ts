/** The question reader: Chinese and English questions → intent, slots, interpretation and alternatives. */
export { readQuestion, type ReadOptions } from './readQuestion.js';
export { interpret, regionLabel } from './interpretation.js';
export { chineseNamesOf } from './english.js';
export type { AlternativeReading, AskedStatus, Intent, NameSlot, QuestionReading, QuestionSlots, RegionSlot, TextSpan, TopicSlot } from './types.js';
