import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import {
  isOfflineReadable,
  OFFLINE_API_CACHE,
  OFFLINE_API_MAX_AGE_SECONDS,
} from './admin/modules/offline/utils/offlineApi.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * One entry per HTML app: the admin app and the citizens' site (民声通道, served under /public/,
 * built to dist/web/public/index.html). Each has its own bundle, so citizens on a weak connection
 * never download Ant Design.
 */
const pages = {
  admin: 'admin/index.html',
  public: 'public/index.html',
} as const;

/**
 * In production the server answers unknown paths with the admin index.html, and /public/… with
 * the citizens' site's (SPA fallback, server/app.ts spaPageFor). Do the same in the dev server so
 * client-side paths such as /cadres or /public/track/ABC work there too.
 */
function adminSpaFallback(): Plugin {
  return {
    name: 'tiexin-admin-spa-fallback',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const url = req.url ?? '/';
        const acceptsHtml = (req.headers.accept ?? '').includes('text/html');
        const isAppRoute =
          req.method === 'GET' &&
          acceptsHtml &&
          !url.startsWith('/api') &&
          !url.startsWith('/healthz') &&
          !url.startsWith('/@') &&
          !/\.[a-z0-9]+(\?.*)?$/i.test(url);
        const isPublic =
          url === '/public' || url.startsWith('/public/') || url.startsWith('/public?');
        if (isAppRoute) req.url = `/${isPublic ? pages.public : pages.admin}`;
        next();
      });
    },
  };
}

type WebApp = keyof typeof pages;

/**
 * The admin app's service worker (ADR 0005), so a cadre can open 我的本月 and 登记走访 with no
 * signal: the admin build's files are precached, a navigation inside the admin app gets the cached
 * admin index.html, and the few API answers those pages need are kept (network first, the copy
 * only when the network fails or is slower than 5 s). The citizens' site (/public/) gets no
 * service worker: its navigations, like the API's and Open311's, always go to the network.
 * Registered by web/admin/main.tsx; served without caching by server/app.ts.
 */
function adminServiceWorker(): PluginOption {
  return VitePWA({
    strategies: 'generateSW',
    filename: 'sw.js',
    scope: '/',
    injectRegister: false,
    manifest: false,
    workbox: {
      // the admin build only: the citizens' site is built afterwards into the same folder
      globPatterns: ['admin/index.html', 'assets/**/*.{js,css,woff2,svg,png}'],
      // Ant Design and ECharts chunks are large; the shell must be whole offline
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      navigateFallback: '/admin/index.html',
      navigateFallbackDenylist: [/^\/api\//, /^\/public(\/|$)/, /^\/open311\//, /^\/healthz/],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
      runtimeCaching: [
        {
          urlPattern: isOfflineReadable,
          method: 'GET',
          handler: 'NetworkFirst',
          options: {
            cacheName: OFFLINE_API_CACHE,
            networkTimeoutSeconds: 5,
            cacheableResponse: { statuses: [200] },
            expiration: { maxEntries: 200, maxAgeSeconds: OFFLINE_API_MAX_AGE_SECONDS },
          },
        },
      ],
    },
  });
}

/**
 * The citizens' site is built with Preact in React's place (ADR 0004): the same components and
 * hooks, a tenth of the bytes for a phone on a village connection. The admin app keeps React,
 * which Ant Design needs.
 */
const preactInPlaceOfReact = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

export const viteConfig = defineConfig(({ command, mode }) => {
  if (command === 'build' && mode === 'production') {
    // A production build must be one even when the caller's NODE_ENV says otherwise: Vitest sets
    // it to `test`, which would compile JSX for development and give antd's fixed test ids.
    // Vite reads NODE_ENV after loading this file, as its docs suggest for this case.
    // biome-ignore lint/style/noProcessEnv: the one way to tell Vite this is a production build
    process.env.NODE_ENV = 'production';
  }
  const env = loadEnv(mode, projectRoot, 'TIEXIN_');
  /** The Tiexin server the dev server forwards API calls to (another one: TIEXIN_DEV_API=…). */
  const serverTarget = env.TIEXIN_DEV_API ?? 'http://127.0.0.1:3000';
  /**
   * A build makes one app at a time (TIEXIN_WEB_APP=admin|public, scripts/build-web.ts runs both),
   * since the two differ in what React is; the dev server serves both, with React.
   */
  const app = env.TIEXIN_WEB_APP as WebApp | undefined;
  const apps: WebApp[] = app ? [app] : ['admin', 'public'];
  return {
    root: webRoot,
    base: '/',
    // `web/public/` is the citizens' site (an app with its own index.html), not Vite's folder of
    // static files — so Vite's publicDir convention must stay off.
    publicDir: false,
    plugins: [react(), adminSpaFallback(), ...(app === 'admin' ? [adminServiceWorker()] : [])],
    resolve: { alias: app === 'public' ? preactInPlaceOfReact : [] },
    server: {
      proxy: {
        '/api': serverTarget,
        '/healthz': serverTarget,
      },
    },
    build: {
      outDir: `${projectRoot}dist/web`,
      // the admin build comes first and starts from an empty folder; the public one adds to it
      emptyOutDir: app !== 'public',
      rolldownOptions: {
        input: Object.fromEntries(apps.map((name) => [name, `${webRoot}${pages[name]}`])),
      },
    },
  };
});

// Vite loads the default export of a config file.
export default viteConfig;
