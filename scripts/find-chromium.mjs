// Finds (and if need be installs) a Chromium for Playwright.
// Playwright cannot download its own browsers on these machines, so we prefer
// a system browser and fall back to Debian's package when we are allowed to.
// Usable as a module (findChromium, ensureThaiFonts) or run directly to print the path.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const NOT_FOUND =
  'No Chromium found: install it with `apt-get install chromium` or set CHROMIUM_PATH to a Chrome/Chromium binary.';
// Another apt run (e.g. a provisioning step) may hold the lock; wait for it instead of failing.
const APT_OPTS = ['-o', 'DPkg::Lock::Timeout=900', '-o', 'Acquire::Retries=2'];

const log = (msg) => console.error(`[find-chromium] ${msg}`);

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Like `which NAME`, without depending on the `which` binary being installed. */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

function run(cmd, args, { quiet = false, timeoutMs } = {}) {
  const res = spawnSync(cmd, args, {
    stdio: quiet ? 'ignore' : ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: timeoutMs,
  });
  return res.status === 0;
}

const canApt = () => process.getuid?.() === 0 && which('apt-get') !== null;

/** apt-get install, retrying once after `apt-get update` (a fresh image has empty package lists). */
export function aptInstall(packages) {
  if (!canApt()) return false;
  log(`apt-get install -y ${packages.join(' ')}`);
  if (run('apt-get', [...APT_OPTS, 'install', '-y', ...packages])) return true;
  log('install failed; running apt-get update and retrying');
  return (
    run('apt-get', [...APT_OPTS, 'update']) &&
    run('apt-get', [...APT_OPTS, 'install', '-y', ...packages])
  );
}

async function playwrightCachedChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const file = chromium.executablePath();
    return file && existsSync(file) ? file : null;
  } catch {
    return null; // playwright-core missing or no browser registry: not an error here
  }
}

let warnedEnv = false;

async function lookup() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    if (!warnedEnv) log(`CHROMIUM_PATH=${fromEnv} does not exist; looking elsewhere`);
    warnedEnv = true;
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of SYSTEM_NAMES) {
    const found = which(name);
    if (found) return found;
  }
  return playwrightCachedChromium();
}

/** Returns a Chromium path, installing one if possible; throws with one clear sentence otherwise. */
export async function findChromium() {
  let found = await lookup();
  if (found) return found;

  log('no Chromium found; trying `npx playwright install chromium`');
  // Bounded: without network the download may hang on connect rather than fail fast.
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'], { timeoutMs: 180_000 })) {
    found = await lookup();
    if (found) return found;
  }
  if (aptInstall(['chromium', 'fonts-thai-tlwg'])) {
    found = await lookup();
    if (found) return found;
  }
  throw new Error(NOT_FOUND);
}

function hasThaiFont() {
  const res = spawnSync('fc-list', [':lang=th'], { encoding: 'utf8' });
  return res.status === 0 && res.stdout.trim() !== '';
}

/** Thai text renders as boxes without a Thai font, which breaks screenshots and layout checks. */
export function ensureThaiFonts() {
  if (!canApt() || hasThaiFont()) return;
  if (!aptInstall(['fonts-thai-tlwg'])) log('could not install fonts-thai-tlwg; Thai text may render as boxes');
}

/**
 * The reports' end-to-end test prints to PDF and reads it back with pdftotext; it comes with
 * poppler-utils. Without it that test fails saying so; nothing else needs it.
 */
export function ensurePdfText() {
  if (which('pdftotext') !== null || !canApt()) return;
  if (!aptInstall(['poppler-utils'])) log('could not install poppler-utils; the reports test needs pdftotext');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const path = await findChromium();
    ensureThaiFonts();
    console.log(path);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
