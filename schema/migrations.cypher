// Uniqueness of every node label's id, and the full-text indexes; applied by `policy-kg migrate`.
// Each statement is idempotent (IF NOT EXISTS, IF EXISTS), so running the file twice changes nothing.
// Entity names are searchable as soon as a document commits; statement words (hundreds of rows a document)
// are indexed in the background so that Lucene does not sit on every ingest commit.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
// A file is known by its path: ingest finds the document read from it here (see ingest/placement.ts).
CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source);
CREATE INDEX statement_document IF NOT EXISTS FOR (n:Statement) ON (n.documentId);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Program|Institution|Region) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
// Evidence: each statement links to the relationship it supports (SUPPORTS {edge: "TYPE|from|to"}), found by this index
// when a relationship's newest-first list is rebuilt or its evidence is filtered by year and status.
CREATE INDEX supports_edge IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.edge);
// Targets newest first within a year and status, straight from the index.
CREATE INDEX target_year_status_rank IF NOT EXISTS FOR (n:Target) ON (n.year, n.status, n.rank);
CREATE INDEX target_rank IF NOT EXISTS FOR (n:Target) ON (n.rank);
// The graph's version, bumped by every write, so that processes caching names know when to refresh.
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (n:GraphState) REQUIRE n.id IS UNIQUE;
// Topics of the taxonomy (written by migrate from language/lexicon/data/topics.yaml); statements are ABOUT them.
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
// Statement search: the words the ingest segmenter cut, space-separated, so a multi-character word matches as a word.
CREATE FULLTEXT INDEX statement_words IF NOT EXISTS FOR (n:Statement) ON EACH [n.words] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: true}};
// Statement search by year (and status) with no words, topic or name to start from.
CREATE INDEX statement_year_status IF NOT EXISTS FOR (n:Statement) ON (n.year, n.status);
// Statement search by region with no words, topic or name: the statements of documents issued in the region.
CREATE INDEX document_issuer IF NOT EXISTS FOR (n:Document) ON (n.issuer);
// Statement search without words or topic when the hits are many: statements newest first, straight from the index.
CREATE INDEX statement_rank IF NOT EXISTS FOR (n:Statement) ON (n.rank);
// A full-text index over each statement's raw text (cjk analyzer) was created here until 2026-12; no query read it
// once statement search moved to statement_words, and Lucene kept it up at every ingest commit. Only the index goes:
// the statements keep their text.
DROP INDEX statement_text IF EXISTS;
