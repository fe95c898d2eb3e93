/** Places as topic cues: a statement that names Hong Kong is about 港澳台合作, one that names a foreign country about 国际交流. */
import { getGazetteer } from '../gazetteer/index.js';
import { CHINA_ID } from '../gazetteer/countries.js';
import type { TopicSpec } from '../lexicon/index.js';
import { getTaxonomy } from './taxonomy.js';

/** The keyword of a topic's `places` list that stands for every country but China. */
const FOREIGN = 'foreign';

let byPlace: Map<string, TopicSpec[]> | undefined;

function topicsByPlace(): Map<string, TopicSpec[]> {
  if (byPlace) return byPlace;
  byPlace = new Map();
  for (const topic of getTaxonomy().all) {
    for (const place of topic.places) byPlace.set(place, [...(byPlace.get(place) ?? []), topic]);
  }
  return byPlace;
}

function isForeignCountry(regionId: string): boolean {
  return regionId !== CHINA_ID && getGazetteer().byId(regionId)?.level === 'COUNTRY';
}

let byRegion: Map<string, readonly TopicSpec[]> | undefined;

/**
 * The topics one mentioned region (a gazetteer id) points at, each once.
 * Note: memoised per region id (bounded by the gazetteer): a statement's places were a Set and two arrays each.
 */
export function topicsOfPlace(regionId: string): readonly TopicSpec[] {
  byRegion ??= new Map();
  let topics = byRegion.get(regionId);
  if (topics === undefined) {
    topics = topicsOfPlaces([regionId]);
    byRegion.set(regionId, topics);
  }
  return topics;
}

/** The topics the mentioned regions (gazetteer ids) point at, each once. */
export function topicsOfPlaces(regionIds: readonly string[]): TopicSpec[] {
  const topics = new Set<TopicSpec>();
  for (const id of regionIds) {
    for (const topic of topicsByPlace().get(id) ?? []) topics.add(topic);
    if (isForeignCountry(id)) for (const topic of topicsByPlace().get(FOREIGN) ?? []) topics.add(topic);
  }
  return [...topics];
}
