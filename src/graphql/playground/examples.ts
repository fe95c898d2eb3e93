/** The example operations the playground opens with, one tab per question users ask (see DESIGN.md). */

/** One preloaded playground tab: its operation text (the tab is titled by the operation name). */
export interface PlaygroundExample {
  /** The operation name, also the tab's title. */
  name: string;
  query: string;
}

const hongKongInstitutions = `# Which institutions are linked to Hong Kong (香港, also
# written 港澳 or 穗港澳), how, and in which sentence of
# which document? (粤港澳大湾区 is an area of its own: ask
# for it by name.) Press ▶ or Ctrl-Enter to run.
query HongKongInstitutions {
  institutions(partneredWith: "香港") {
    totalCount
    edges {
      node {
        institution { name kind }
        link
        kind
        other { name type }
        evidence(first: 3) { text year status document { title } }
      }
    }
  }
}
`;

const programsInDistrict = `# Which programs touch a district: directly (DIRECT),
# through an institution located there (INSTITUTION), or
# through a sub-region (SUBREGION, with includeSubregions)?
query ProgramsInDistrict {
  programs(region: "南沙区") {
    totalCount
    edges {
      node {
        program { name kind }
        via
        through { name type }
        evidence(first: 3) { text year status document { title } }
      }
    }
  }
}
`;

const targets = `# What was planned for 2020, and what was achieved in 2019?
query Targets {
  planned2020: targets(year: 2020, status: PLANNED, first: 50) {
    totalCount
    edges { node { ...TargetFields } }
  }
  achieved2019: targets(year: 2019, status: ACHIEVED, first: 50) {
    totalCount
    edges { node { ...TargetFields } }
  }
}

fragment TargetFields on Target {
  text
  subject
  value
  unit
  comparator
  year
  status
  for { name type }
  statement { document { title } }
}
`;

const explore = `# Look an entity up by any name (香港 = Hong Kong =
# Xianggang), walk its neighbours and follow each edge and
# mention back to its sentence; or search names full-text.
query Explore {
  lookup(name: "Hong Kong") {
    entity {
      id
      name
      type
      aliases
      ... on Region { nameEn level parent { name } }
      neighbours(first: 10) {
        totalCount
        edges {
          node {
            relation
            direction
            kind
            entity { id name type }
            evidence(first: 2) { text document { title } }
          }
        }
      }
      mentions(first: 5) {
        totalCount
        edges { node { surface statement { text document { title } } } }
      }
    }
    suggestions { id name type }
  }
  search(text: "大学", first: 10) {
    totalCount
    edges { node { score entity { id name type kind } } }
  }
}
`;

const ask = `# Ask in Chinese or English: the answer says how it read
# the question (interpretation) and lists the hits with
# their evidence. Try 广州和毕节之间有什么联系? or
# Which places does Guangzhou pair with for poverty alleviation?
query Ask {
  ask(question: "2020年学前教育有哪些目标?") {
    interpretation
    answered
    message
    alternatives { interpretation }
    programs { program { name } via evidence(first: 2) { text } }
    institutions { institution { name } link kind other { name } }
    places { region { name } link kind evidence(first: 2) { text } }
    targets { text value unit year status statement { document { title } } }
    statements { score statement { text year status document { title } sectionPath } }
    paths { nodes { name } hops { relation evidence(first: 1) { text } } }
    years { year targets { text } }
  }
}
`;

const statements = `# The evidence sentences themselves: words (cut as ingest
# cut them, expanded through topic cue terms and aliases),
# filtered by topic, place, year and status; best first.
query Statements {
  statements(text: "资源教室", topic: "特殊教育", region: "广州", first: 10) {
    totalCount
    edges {
      node {
        score
        statement { text year status document { title } sectionPath }
        topics { topic { name nameEn } score }
      }
    }
  }
  topics { id name nameEn statementCount parent { name } }
}
`;

/** The example tabs, in the order the playground shows them. */
export const playgroundExamples: readonly PlaygroundExample[] = [
  { name: 'HongKongInstitutions', query: hongKongInstitutions },
  { name: 'ProgramsInDistrict', query: programsInDistrict },
  { name: 'Targets', query: targets },
  { name: 'Explore', query: explore },
  { name: 'Ask', query: ask },
  { name: 'Statements', query: statements },
];
