/** The `ask` operation the command line and the playground's ask tab send: every hit with its names and evidence. */
const EVIDENCE = 'evidence(first: 2) { text year status document { title } sectionPath }';
const STATEMENT = 'text year status document { title } sectionPath';

/** The GraphQL document of an ask (variable `$question`). */
export const ASK_QUERY = `query Ask($question: String!) {
  ask(question: $question) {
    interpretation intent confidence answered message
    alternatives { intent interpretation confidence }
    programs { program { name } via through { name } ${EVIDENCE} }
    institutions { institution { name } link kind other { name } ${EVIDENCE} }
    places { region { name } link kind through { name } ${EVIDENCE} }
    targets { text subject value unit comparator year status statement { ${STATEMENT} } }
    statements { score statement { ${STATEMENT} } topics { topic { name } score } }
    paths { length nodes { name } hops { from { name } to { name } relation kind ${EVIDENCE} } }
    years { year targets { text value year status statement { ${STATEMENT} } } statements { statement { ${STATEMENT} } } }
    entities { name type kind }
  }
}`;
