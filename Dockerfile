# Builds the product (backend serving the built frontend) into one small runtime image.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false npx nx run-many -t build -p backend frontend

FROM node:20-bookworm-slim
ENV NODE_ENV=production CHROMIUM_PATH=/usr/bin/chromium
# Chromium prints documents (invoices, contracts) to PDF; espeak-ng and sox speak and convert PBX prompts.
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
  sox libsox-fmt-mp3 espeak-ng \
  && rm -rf /var/lib/apt/lists/*
# The self-service prompts volume starts with this folder's owner, so the api (user node) can write to it.
RUN mkdir -p /var/lib/switchboard/prompts && chown -R node:node /var/lib/switchboard
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/backend/backend/src/main.js"]
