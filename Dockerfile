# GeSIM Planner: production image. Build: docker build -t gesim-planner .
# Run with a managed PostgreSQL (see docs/deploy.md and compose.yaml).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY apps/web/package.json apps/web/
COPY packages/core/package.json packages/core/
COPY packages/db/package.json packages/db/
COPY packages/api/package.json packages/api/
COPY tests/package.json tests/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/web/package.json apps/web/
COPY packages/core/package.json packages/core/
COPY packages/db/package.json packages/db/
COPY packages/api/package.json packages/api/
COPY tests/package.json tests/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/apps/web/build apps/web/build
COPY apps/web/server.js apps/web/
COPY packages/db/migrations packages/db/migrations
# The operations scripts, built to JavaScript: node packages/api/build/scripts/<name>.js --help
COPY --from=build /app/packages/api/build packages/api/build
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node itself is the container's main process, so `docker stop` (SIGTERM) reaches the server.
CMD ["node", "apps/web/server.js"]
