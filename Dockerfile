# The API (GraphQL, playground, /health, /ready). It needs a Neo4j given by
# NEO4J_URI and NEO4J_PASSWORD; docker-compose.yml provides one.
FROM node:20-bookworm-slim

WORKDIR /app

# Dependencies first, so that source changes reuse this layer. tsx is a
# runtime dependency: the TypeScript runs as it is, with no build step.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

COPY src ./src
COPY schema ./schema
COPY seed ./seed
COPY neo4j ./neo4j
COPY explore ./explore
COPY tsconfig.json ./
# The explorer is built into the image (dist/explore/), so the container never builds at start.
RUN node --import tsx src/cli/main.ts build

# In a container the API must listen on every interface to be reachable.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000

# The files stay root-owned; the API only reads them.
USER node

EXPOSE 4000

# Node itself as the container's main process, in exec form: `docker stop`'s SIGTERM reaches the
# server, which drains requests and exits. Through npx/npm and tsx the signal stopped at a wrapper.
CMD ["node", "--import", "tsx", "src/cli/main.ts", "start"]
