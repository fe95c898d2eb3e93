/** Topics: the taxonomy of the lexicon, the cue finder and the statement topic tagger. */
export { getTaxonomy, type Taxonomy } from './taxonomy.js';
export { getCueIndex, buildCueIndex, type CueEntry, type CueIndex, type CueStrength } from './cueIndex.js';
export { findCues, tokenBoundaries, type Boundaries, type CueMatch } from './findCues.js';
export { headingCues, tagTopics, TOPIC_THRESHOLD, type HeadingCues, type TopicInput, type TopicTag } from './tagger.js';
export type { Span } from './cueScores.js';
export { cueWordsOf, resolveTopic, topicSuggestions } from './resolveTopic.js';
