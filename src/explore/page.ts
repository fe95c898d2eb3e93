/** The explorer's HTML page; asset URLs are relative, so a path prefix in front of the app still works. */
import { EXPLORE_SCRIPT, EXPLORE_STYLE } from './build.js';

/** Where the bundle's files are served, below /explore. */
export const EXPLORE_ASSETS = '/explore/assets/';

/** The page for a bundle hash; without the playground there is no "Open as GraphQL query" link. */
export function exploreHtml(hash: string, options: { playground: boolean } = { playground: true }): string {
  const base = `explore/assets/${hash}/`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>policy-kg · explore</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${base}${EXPLORE_STYLE}">
</head>
<body>
<header>
  <strong>policy-kg</strong><span class="sub">explore</span>
  <form id="search" role="search" autocomplete="off">
    <input id="search-input" name="q" type="search" placeholder="名称或别名 · name or alias (香港, Hong Kong, 南沙区)" aria-label="Entity name or alias">
    <button type="submit">Search</button>
  </form>
  <a id="playground-link" href="./" target="_blank" rel="noopener"${options.playground ? '' : ' hidden'}>Open as GraphQL query ↗</a>
</header>
<aside id="filters" aria-label="Filters"></aside>
<main id="graph" aria-label="Graph"></main>
<aside id="panel" aria-live="polite"><p class="hint">Search for an entity, then click a node to expand it and an edge to read its evidence.</p></aside>
<footer id="status" role="status">Ready.</footer>
<script src="${base}${EXPLORE_SCRIPT}"></script>
</body>
</html>
`;
}
