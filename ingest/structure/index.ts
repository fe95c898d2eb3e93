/** The structure stage: normalised text to document metadata, outline and statements. */
export { structureDocument, type StructureMeta, type StructuredDocument } from './structureDocument.js';
export { splitStatements, MIN_CLAUSE, type Span } from './splitStatements.js';
export { findMarker, type Marker, type MarkerKind } from './markers.js';
export { titlePeriods, partPeriod, bodyPeriod, isProblemHeading, isProblemParagraph, type Period, type TitlePeriods } from './parts.js';
export { isoDate, issuerFromTitle, organisationName, preambleKind, type PreambleKind } from './preamble.js';
export { hintedMarker, indexOutlineHints, type OutlineHint } from './outlineHints.js';
