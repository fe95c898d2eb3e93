/** What an answer of ASK_QUERY says, as the texts a reader sees: hit names, target and statement texts, places, paths. */
/* eslint-disable @typescript-eslint/no-explicit-any -- read by the shape of ASK_QUERY */

/** Every text of the answer's hits (evidence left out: an answer must name what it found, not only quote it). */
export function answerTexts(ask: Record<string, any>): string[] {
  const texts: string[] = [];
  for (const h of ask.programs) texts.push(h.program.name);
  for (const h of ask.institutions) texts.push(h.institution.name);
  for (const h of ask.places) texts.push(h.region.name);
  const target = (t: Record<string, any>): void => {
    texts.push(t.text, String(t.value ?? ''), t.statement?.text ?? '');
  };
  for (const t of ask.targets) target(t);
  for (const h of ask.statements) texts.push(h.statement.text);
  for (const p of ask.paths) texts.push(...p.nodes.map((n: Record<string, any>) => n.name));
  for (const y of ask.years) {
    y.targets.forEach(target);
    for (const h of y.statements) texts.push(h.statement.text);
  }
  for (const e of ask.entities) texts.push(e.name);
  return texts.filter((t) => t.length > 0);
}
