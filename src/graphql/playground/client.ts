/** The playground's browser entry: GraphiQL with the example tabs, POSTing JSON to the API next to the page (its CSS is bundled by build.ts). */
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { playgroundExamples } from './examples.js';

// Note: the Node type environment has no DOM; these are the two browser globals used here.
declare const document: { getElementById(id: string): Element | null };
declare const location: { href: string };

/** The API endpoint relative to the page, so the playground also works behind a path prefix. */
const endpoint = new URL('graphql', location.href).toString();

/** Sends one operation as a JSON POST (never a GET: CSRF prevention stays on). */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch(endpoint, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
  }
};

/** A query handed over in the URL (the explorer's "Open as GraphQL query" link) opens in its own tab. */
const handedOver = new URL(location.href).searchParams.get('query');

const container = document.getElementById('graphiql');
if (container) {
  createRoot(container).render(
    createElement(GraphiQL, {
      fetcher,
      defaultTabs: playgroundExamples.map((example) => ({ query: example.query })),
      ...(handedOver ? { query: handedOver } : {}),
      defaultEditorToolsVisibility: false,
    }),
  );
}
