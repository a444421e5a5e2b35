# The agency's server as one image: docker compose up -d (compose.yaml) is the whole install.
# Stage 1 builds the app (dist/) and the server (dist-server/) with the dev dependencies;
# stage 2 holds only what runs: the runtime packages, the two builds, and no compiler.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 ITA_STATIC_DIR=dist
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/dist-server ./dist-server
# The node image's own unprivileged account: the server needs to write nothing on disk.
USER node
EXPOSE 8080
# Slim images have no curl: a few lines of node ask GET /api/v1/health (200 only when the
# database answers too).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["node", "dist-server/healthcheck.js"]
CMD ["node", "--enable-source-maps", "dist-server/main.js"]
