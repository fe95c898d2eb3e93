/**
 * Turns the GraphQL selection of a field into the graph layer's plain Selection (src/graph/selection.ts): fragments
 * and inline fragments flattened, @skip/@include applied, aliases kept as response keys, and the arguments of nested
 * paged fields validated here (the same messages as a resolver would give) and passed on as skip/limit.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isCompositeType,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';
import { NOTHING, mergeByKey, type SelectedField, type Selection } from '../graph/selection.js';
import { EntityTopicsInput, EvidenceInput, NeighboursInput, PageInput, RelatedInput, parseArgs } from './inputs.js';

/** Nested fields whose arguments the graph layer reads, with how to read them. */
const NESTED_ARGS: Record<string, (args: Record<string, unknown>) => Record<string, unknown>> = {
  evidence: (args) => ({ limit: parseArgs(EvidenceInput, args).first }),
  mentions: (args) => pageOf(parseArgs(PageInput, args)),
  targets: (args) => pageOf(parseArgs(PageInput, args)),
  related: (args) => parseArgs(RelatedInput, args),
  // Note: Statement.topics and Target.topics take no arguments; an entity's take `first`.
  topics: (args) => parseArgs(EntityTopicsInput, args),
  neighbours: (args) => {
    const { first, after, types, relations } = parseArgs(NeighboursInput, args);
    return { skip: after, limit: first, types, relations };
  },
};

const pageOf = ({ first, after }: { first: number; after: number }): Record<string, unknown> => ({ skip: after, limit: first });

function included(info: GraphQLResolveInfo, node: FieldNode | FragmentSpreadNode | InlineFragmentNode): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}

function conditionType(info: GraphQLResolveInfo, name: string | undefined, fallback: GraphQLCompositeType): GraphQLCompositeType {
  const type: GraphQLNamedType | undefined | null = name ? info.schema.getType(name) : fallback;
  return type && isCompositeType(type) ? type : fallback;
}

function collect(info: GraphQLResolveInfo, set: SelectionSetNode, type: GraphQLCompositeType): SelectedField[] {
  const fields: SelectedField[] = [];
  for (const node of set.selections) {
    if (!included(info, node)) continue;
    if (node.kind === Kind.INLINE_FRAGMENT) {
      fields.push(...collect(info, node.selectionSet, conditionType(info, node.typeCondition?.name.value, type)));
    } else if (node.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = info.fragments[node.name.value];
      if (fragment) fields.push(...collect(info, fragment.selectionSet, conditionType(info, fragment.typeCondition.name.value, type)));
    } else {
      const name = node.name.value;
      const definition = 'getFields' in type ? type.getFields()[name] : undefined;
      if (!definition) continue;
      const raw = getArgumentValues(definition, node, info.variableValues);
      const child = getNamedType(definition.type);
      const selection = node.selectionSet && isCompositeType(child) ? { fields: mergeByKey(collect(info, node.selectionSet, child)) } : NOTHING;
      fields.push({ key: node.alias?.value ?? name, name, args: NESTED_ARGS[name]?.(raw) ?? raw, selection });
    }
  }
  return fields;
}

/** The selection under the field being resolved (all its field nodes merged). */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const type = getNamedType(info.returnType);
  if (!isCompositeType(type)) return NOTHING;
  return { fields: mergeByKey(info.fieldNodes.flatMap((node) => (node.selectionSet ? collect(info, node.selectionSet, type) : []))) };
}

/** A connection selection whose nodes select `node` (for callers that hold a list of hits, not a connection). */
export function asConnection(node: Selection): Selection {
  return { fields: [{ key: 'edges', name: 'edges', args: {}, selection: { fields: [{ key: 'node', name: 'node', args: {}, selection: node }] } }] };
}

/** The field being resolved as a SelectedField: its key, name, parsed arguments (`args` as graphql coerced them) and selection. */
export function currentField(info: GraphQLResolveInfo, args: Record<string, unknown>): SelectedField {
  return { key: String(info.path.key), name: info.fieldName, args: NESTED_ARGS[info.fieldName]?.(args) ?? args, selection: selectionOf(info) };
}
