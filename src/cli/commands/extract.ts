/** `policy-kg extract FILE --json`: one file's extraction as JSON, without Neo4j. */
import { extractFile, validateExtraction } from '../../../ingest/pipeline.js';
import type { Config } from '../../config.js';

/** Prints the extraction (JSON with --json, else a short summary); exit code 1 for bad input. */
export async function extractCommand(config: Config, args: string[], print: (line: string) => void): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    print('usage: policy-kg extract FILE --json');
    return 2;
  }
  const result = await extractFile(files[0], { maxBytes: config.ingest.maxFileBytes });
  if (!result.ok) {
    console.error(`policy-kg: ${result.error.message}`);
    return 1;
  }
  const extraction = validateExtraction(result.extraction);
  if (json) {
    print(JSON.stringify(extraction, null, 2));
    return 0;
  }
  const count = (type: string): number => extraction.entities.filter((e) => e.type === type).length;
  print(`${extraction.document.title} (${extraction.document.issuer ?? 'issuer unknown'}, ${extraction.document.issuedOn ?? 'undated'})`);
  print(
    `${extraction.statements.length} statements, ${count('PROGRAM')} programs, ${count('INSTITUTION')} institutions, ` +
      `${count('REGION')} regions, ${extraction.targets.length} targets, ${extraction.relations.length} relations (add --json for all of it)`,
  );
  return 0;
}
