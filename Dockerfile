# Radiant API server and worker (one image, two commands).
#   docker build -t radiant-server .
#   server: node dist/src/index.js        worker: node dist/src/index-worker.js
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY storefront/package.json storefront/package.json
COPY patches patches
RUN npm ci --no-audit --no-fund
COPY tsconfig.json vendure-config.ts vite.config.mts ./
COPY src src
COPY plugins plugins
COPY migrations migrations
COPY static static
RUN npx tsc -p tsconfig.json && npx vite build --config vite.config.mts
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:20.20-bookworm-slim
ENV NODE_ENV=production VENDURE_DISABLE_TELEMETRY=true PORT=3000 WORKER_PORT=3020 DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/static static
COPY --from=build /app/src/seed/data src/seed/data
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000 3020
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/index.js"]
