/** A `topic` argument → the topic ids it stands for (a field with its topics), or a BAD_USER_INPUT naming the topic. */
import { resolveTopic, topicSuggestions } from '../../language/topics/index.js';
import { BadUserInputError } from '../errors.js';

/** The topic ids of a `topic` argument (null when not given). */
export function topicIdsOf(topic: string | null): string[] | null {
  if (topic === null) return null;
  const ids = resolveTopic(topic);
  if (!ids) throw new BadUserInputError(`topic: unknown topic ${JSON.stringify(topic)} (topics include ${topicSuggestions(topic).join(', ')}; the topics field lists them all)`);
  return ids;
}
