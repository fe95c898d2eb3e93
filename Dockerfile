# The policy-kg app; Neo4j runs in its own container (docker-compose.yml sets NEO4J_URI).
FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci compiles the lean segmenter binding (postinstall), so its sources come first.
COPY scripts/build-segmenter.mjs scripts/
COPY language/segment/native language/segment/native
RUN npm ci
COPY . .
# The server runs as compiled JavaScript (build/), without the TypeScript loader.
RUN npm run build:server
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "build/src/cli/main.js", "start"]
