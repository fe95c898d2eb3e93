import { buildSchema, Kind, parse, validate, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { measureOperation } from '../../src/graphql/limits.js';
import { playgroundExamples } from '../../src/graphql/playground/examples.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

const config = loadConfig({});
const schema = buildSchema(loadTypeDefs(config.projectRoot).join('\n'));

describe('the playground examples', () => {
  it('cover the four user questions (Hong Kong institutions, district programs, targets, exploring), ask and statements', () => {
    const text = playgroundExamples.map((example) => example.query).join('\n');
    expect(playgroundExamples).toHaveLength(6);
    expect(text).toContain('ask(question:');
    expect(text).toContain('statements(text:');
    expect(text).toContain('institutions(partneredWith: "香港")');
    expect(text).toContain('programs(region: "南沙区")');
    expect(text).toContain('targets(year: 2020, status: PLANNED');
    expect(text).toContain('lookup(name: "Hong Kong")');
    expect(text).toContain('search(text: "大学"');
  });

  for (const example of playgroundExamples) {
    it(`${example.name} is valid against the schema/*.graphql SDL and within the default depth and cost limits`, () => {
      const document = parse(example.query);
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
      const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      expect(operations.map((operation) => operation.name?.value)).toEqual([example.name]);
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
      const size = measureOperation(schema, operations[0], fragments, {});
      expect(size.depth).toBeLessThanOrEqual(config.server.maxDepth);
      expect(size.complexity).toBeLessThanOrEqual(config.server.maxComplexity);
    });
  }
});
