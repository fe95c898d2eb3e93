/** Segmentation stage: nodejieba with the project's generic policy vocabulary, tokens with absolute offsets. */
export { type Token, alignTokens } from './align.js';
export { type Segmenter, getSegmenter, tagText } from './segmenter.js';
export { prepareSegmenter, wordsOfText } from './places.js';
