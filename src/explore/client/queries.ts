/** The GraphQL the explorer sends (today's schema only), and the same view as a query to open in the playground. */
import { graphql } from './api.js';
import type { EntityInfo, NeighbourPayload } from './model.js';

const PAGE = 100;
/** The most neighbours loaded for one entity (pages of 100). */
export const MAX_NEIGHBOURS = 500;
/** Evidence statements loaded per relationship. */
export const EVIDENCE_PER_EDGE = 10;

const NEIGHBOUR_FIELDS = `relation direction kind
        entity { id name type kind }
        evidence(first: ${EVIDENCE_PER_EDGE}) { id text year status page document { id title } sectionPath }`;

const LOOKUP = `query ExploreLookup($name: String!) {
  lookup(name: $name) { entity { id name type kind aliases } suggestions { id name type } }
}`;

const NEIGHBOURS = `query ExploreNeighbours($id: ID!, $after: String) {
  entity(id: $id) {
    id name type kind aliases
    neighbours(first: ${PAGE}, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ${NEIGHBOUR_FIELDS} } }
    }
  }
}`;

/** The entity a name or alias denotes, or close suggestions. */
export async function lookup(name: string): Promise<{ entity: EntityInfo | null; suggestions: EntityInfo[] }> {
  const data = await graphql<{ lookup: { entity: EntityInfo | null; suggestions: EntityInfo[] } }>(LOOKUP, { name });
  return data.lookup;
}

interface NeighbourPage {
  entity: (EntityInfo & { neighbours: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: NeighbourPayload }[] } }) | null;
}

/** An entity with its neighbours, page after page up to MAX_NEIGHBOURS; `total` is how many there are. */
export async function neighbours(id: string): Promise<{ entity: EntityInfo; neighbours: NeighbourPayload[]; total: number } | null> {
  const all: NeighbourPayload[] = [];
  let after: string | null = null;
  for (;;) {
    const data: NeighbourPage = await graphql<NeighbourPage>(NEIGHBOURS, { id, after });
    if (!data.entity) return null;
    const { neighbours: page, ...entity } = data.entity;
    all.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    if (!after || all.length >= MAX_NEIGHBOURS) return { entity, neighbours: all, total: page.totalCount };
  }
}

/** The view of one entity as a query a person can run, edit and extend in the playground. */
export function viewAsQuery(entity: EntityInfo): string {
  return `# The explorer's view of ${entity.name}: its neighbours, each link with its evidence.
query Explore {
  entity(id: ${JSON.stringify(entity.id)}) {
    id
    name
    type
    neighbours(first: ${PAGE}) {
      totalCount
      edges {
        node {
          relation
          direction
          kind
          entity { id name type }
          evidence(first: ${EVIDENCE_PER_EDGE}) { text year status document { title } sectionPath }
        }
      }
    }
  }
}
`;
}

/** The playground URL that opens with the view's query. */
export function playgroundUrl(entity: EntityInfo): string {
  const url = new URL('./', location.href);
  url.searchParams.set('query', viewAsQuery(entity));
  return url.toString();
}
