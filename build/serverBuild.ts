// npm run build:server: the agency's server as plain JavaScript in dist-server/, started with
// `node dist-server/main.js`, so production needs neither tsx nor TypeScript. Packages stay in
// node_modules (the ones in "dependencies", installed with npm ci --omit=dev); our own code from
// server/, src/ and api/ is bundled.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

const fileBeside = /new URL\(\s*(['"`])\.\/([^'"`]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/**
 * Files the server reads beside its own module at run time (`new URL('./migrations/',
 * import.meta.url)` in server/db/migrate.ts, a word list in server/auth/): every chunk lands at
 * the top of dist-server/, so each is copied there under its own name. A path that climbs out
 * (`../`) could not be found from the bundle, so the build refuses it rather than ship a server
 * that fails when it first reads it.
 */
export function copyFilesBeside(): Plugin {
  const files = new Map<string, string>();
  let outDir = '';
  return {
    name: 'ita-copy-files-beside',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('import.meta.url')) return;
      if (/new URL\(\s*['"`]\.\.\//.test(code)) this.error(`${id}: a file read from ../ cannot be found from dist-server/`);
      for (const match of code.matchAll(fileBeside)) {
        const source = join(dirname(id), match[2] ?? '');
        const name = basename(source);
        const earlier = files.get(name);
        if (earlier && earlier !== source) this.error(`${name} is read from both ${earlier} and ${source}`);
        if (!existsSync(source)) this.error(`${id} reads ${source}, which does not exist`);
        files.set(name, source);
      }
    },
    writeBundle() {
      for (const [name, source] of files) {
        rmSync(join(outDir, name), { recursive: true, force: true });
        cpSync(source, join(outDir, name), { recursive: true });
        const licence = source.replace(/\.[a-z]+$/, '.LICENSE.txt');
        if (licence !== source && existsSync(licence)) cpSync(licence, join(outDir, basename(licence)));
      }
    },
  };
}

const bareImport = /^(?![./]|\/|[A-Za-z]:)/;

export default defineConfig({
  root,
  // No public/ copy and no .env reading: this build is the server alone.
  publicDir: false,
  envDir: false,
  logLevel: 'warn',
  plugins: [copyFilesBeside()],
  build: {
    ssr: true,
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    rolldownOptions: {
      input: {
        main: 'server/main.ts',
        createAccount: 'server/cli/createAccount.ts',
        healthcheck: 'deploy/healthcheck.mjs',
      },
      // Every package import stays an import, resolved from node_modules at run time.
      external: (id) => bareImport.test(id) || builtinModules.includes(id) || id.startsWith('node:'),
      output: {
        format: 'esm',
        entryFileNames: '[name].js',
        // Flat, so that import.meta.url of any chunk is dist-server/ (see copyFilesBeside).
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
});
