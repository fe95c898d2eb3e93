/**
 * Bounds on what one GraphQL operation may ask for: selection depth and an estimated cost in which a
 * list field multiplies the cost of what it selects by its page size (`first`, or its default).
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors.js';

/** The measured size of one operation. */
export interface OperationSize {
  depth: number;
  complexity: number;
  /** Top-level fields, aliases and fragments included: each is at least one round trip to Neo4j. */
  rootFields: number;
}

/** Most top-level fields one operation may select (a thousand aliases of a cheap field are a thousand queries). */
export const MAX_ROOT_FIELDS = 50;

/** Page size assumed for a list without `first` and without a default (e.g. evidence lists). */
const IMPLICIT_LIST_SIZE = 10;

function argumentValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

function fieldsOf(type: GraphQLCompositeType): Record<string, GraphQLField<unknown, unknown>> {
  // Unions have no fields of their own; their members are reached through inline fragments.
  return 'getFields' in type ? type.getFields() : {};
}

/** Measures an operation's depth and cost against the schema, with fragments inlined and variables applied. */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationSize {
  const visiting = new Set<string>();
  // `paged` is true directly under a field that took a page size: its `edges` list is that page, not another list.
  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, depth: number, paged = false): Omit<OperationSize, 'rootFields'> => {
    let maxDepth = depth;
    let complexity = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field = fieldsOf(type)[selection.name.value];
        complexity += 1;
        if (!field || !selection.selectionSet) continue;
        const childType = getNamedType(field.type);
        if (!isCompositeType(childType)) continue;
        const firstArg = selection.arguments?.find((a) => a.name.value === 'first');
        const first = argumentValue(firstArg?.value, variables) ?? field.args.find((a) => a.name === 'first')?.defaultValue;
        const child = walk(selection.selectionSet, childType, depth + 1, typeof first === 'number');
        const isList = isListType(getNullableType(field.type));
        const multiplier = typeof first === 'number' ? Math.max(first, 1) : isList && !paged ? IMPLICIT_LIST_SIZE : 1;
        complexity += multiplier * child.complexity;
        maxDepth = Math.max(maxDepth, child.depth);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        const inner = walk(selection.selectionSet, isCompositeType(condition) ? condition : type, depth, paged);
        complexity += inner.complexity;
        maxDepth = Math.max(maxDepth, inner.depth);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        const condition = schema.getType(fragment.typeCondition.name.value);
        const inner = walk(fragment.selectionSet, isCompositeType(condition) ? condition : type, depth, paged);
        visiting.delete(name);
        complexity += inner.complexity;
        maxDepth = Math.max(maxDepth, inner.depth);
      }
    }
    return { depth: maxDepth, complexity };
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root || !isObjectType(root)) return { depth: 0, complexity: 0, rootFields: 0 };
  return { ...walk(operation.selectionSet, root, 1), rootFields: countFields(operation.selectionSet, fragments, new Set()) };
}

/** Counts the fields of a selection set, through inline fragments and fragment spreads (each spread once per path). */
function countFields(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, visiting: Set<string>): number {
  let n = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) n += selection.name.value.startsWith('__') ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) n += countFields(selection.selectionSet, fragments, visiting);
    else {
      const fragment = fragments[selection.name.value];
      if (!fragment || visiting.has(fragment.name.value)) continue;
      visiting.add(fragment.name.value);
      n += countFields(fragment.selectionSet, fragments, visiting);
      visiting.delete(fragment.name.value);
    }
  }
  return n;
}

/** An Apollo plugin that refuses operations deeper than `maxDepth`, costlier than `maxComplexity`, or with more than MAX_ROOT_FIELDS top-level fields. */
export function operationLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const size = measureOperation(schema, operation, fragments, request.variables ?? {});
          if (size.rootFields > MAX_ROOT_FIELDS) {
            throw new GraphQLError(`The query asks for ${size.rootFields} top-level fields; the limit is ${MAX_ROOT_FIELDS}. Split it into several requests.`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
            });
          }
          if (size.depth > limits.maxDepth) {
            throw new GraphQLError(`The query is ${size.depth} levels deep; the limit is ${limits.maxDepth}.`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
            });
          }
          if (size.complexity > limits.maxComplexity) {
            throw new GraphQLError(
              `The query's estimated cost is ${size.complexity}; the limit is ${limits.maxComplexity}. Ask for smaller pages (first) or fewer nested lists.`,
              { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
