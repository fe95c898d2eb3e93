/** The GraphQL queries the soak sends: what the API's users ask, as a playground user would send it. */

/** The mixed queries: the users' questions, exploring, search, documents, a path, and `ask`. */
export const QUERIES = [
  '{ institutions(partneredWith: "香港", first: 20) { totalCount edges { node { institution { name } link kind evidence(first: 3) { text document { title } } } } } }',
  '{ programs(region: "南沙区", first: 20) { totalCount edges { node { program { name } via evidence(first: 2) { text } } } } }',
  '{ programs(region: "广州市", includeSubregions: true, first: 20) { totalCount edges { node { program { name } via } } } }',
  '{ targets(year: 2020, status: PLANNED, first: 20) { totalCount edges { node { text value unit comparator statement { document { title } } } } } }',
  '{ entity(name: "Hong Kong") { name aliases neighbours(first: 10) { totalCount edges { node { relation entity { name type } evidence(first: 2) { text } } } } } }',
  '{ lookup(name: "Guangzhou") { entity { id name mentions(first: 5) { totalCount edges { node { surface statement { text } } } } } suggestions { name } } }',
  '{ search(text: "大学", first: 10) { totalCount edges { node { score entity { name type } } } } }',
  '{ documents(first: 5) { totalCount edges { node { title statements(first: 3) { totalCount edges { node { text status } } } } } } }',
  '{ connections(from: "香港", to: "广州市", maxHops: 3) { length hops { relation evidence(first: 1) { text } } } }',
  '{ ask(question: "哪些项目涉及南沙区?") { interpretation } }',
];

/** Sends each query once and throws if any answers with an error: a soak of broken queries measures nothing. */
export async function checkQueries(port: number): Promise<void> {
  for (const query of QUERIES) {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) throw new Error(`soak query failed before the soak (HTTP ${response.status}): ${query}\n${text.slice(0, 500)}`);
  }
}
