/* global Buffer, process, console, window, performance, Blob, OffscreenCanvas, createImageBitmap, setTimeout */
// A manual check, not part of the suite (vitest runs *.test.ts only; jsdom has no canvas codec):
// proves in real Chromium that src/data/files/downscale.ts turns a camera photo upright, fits it
// within 2,000 px and drops its GPS. Run from the repo:
//   node tests/unit/data/files/downscaleInChromium.mjs
// It writes a throwaway harness page under /tmp, serves it with `vite` on port 5516 (nothing of
// the repo's build is touched), builds a ~4 MB 4032×3024 JPEG in the page, gives it an EXIF
// block it writes itself (Orientation 6, GPS latitude and longitude), downscales it, and prints
// what went in and what came out as JSON; likewise a PNG screenshot with the EXIF in an eXIf chunk,
// and HEIC bytes Chromium cannot decode. Exits 1 if any check fails.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32 } from 'node:zlib';

const { chromium } = createRequire('/work/main/package.json')('playwright-core');
const HARNESS = '/tmp/h6-harness';
const PORT = 5516;

mkdirSync(HARNESS, { recursive: true });
writeFileSync(
  `${HARNESS}/vite.config.mjs`,
  `export default { cacheDir: '${HARNESS}/.vite', logLevel: 'warn', server: { fs: { allow: ['${HARNESS}', '/work/main/src'] } } };\n`,
);
writeFileSync(
  `${HARNESS}/index.html`,
  `<!doctype html><meta charset="utf-8"><title>downscale check</title>
<script type="module">
import { downscaleImage } from '/@fs/work/main/src/data/files/downscale.ts';
window.downscaleImage = downscaleImage;
window.harnessReady = true;
</script>\n`,
);

// --- EXIF, big-endian, written by hand: IFD0 (Orientation, GPS pointer) and a GPS IFD.
const LAT = [13, 1, 45, 1, 3012, 100]; // 13° 45′ 30.12″ N
const LON = [100, 1, 30, 1, 1534, 100]; // 100° 30′ 15.34″ E
function exifSegment() {
  const tiff = [];
  const u16 = (n) => tiff.push((n >> 8) & 0xff, n & 0xff);
  const u32 = (n) => tiff.push((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  const entry = (tag, type, count, value) => {
    u16(tag);
    u16(type);
    u32(count);
    if (type === 3) {
      u16(value);
      u16(0);
    } else u32(value);
  };
  tiff.push(0x4d, 0x4d);
  u16(42);
  u32(8);
  const gpsAt = 8 + 2 + 2 * 12 + 4;
  const dataAt = gpsAt + 2 + 4 * 12 + 4;
  u16(2);
  entry(0x0112, 3, 1, 6);
  entry(0x8825, 4, 1, gpsAt);
  u32(0);
  u16(4);
  tiff.push(0x00, 0x01, 0x00, 0x02, 0, 0, 0, 2, 0x4e, 0, 0, 0); // GPSLatitudeRef 'N'
  entry(0x0002, 5, 3, dataAt);
  tiff.push(0x00, 0x03, 0x00, 0x02, 0, 0, 0, 2, 0x45, 0, 0, 0); // GPSLongitudeRef 'E'
  entry(0x0004, 5, 3, dataAt + 24);
  u32(0);
  [...LAT, ...LON].forEach(u32);
  const body = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  return Buffer.from([0xff, 0xe1, ((body.length + 2) >> 8) & 0xff, (body.length + 2) & 0xff, ...body]);
}

/** The APPn segments before the image data, and what the EXIF among them says. */
function readJpeg(bytes) {
  const segments = [];
  let exif = null;
  for (let at = 2; at + 4 <= bytes.length && bytes[at] === 0xff; ) {
    const marker = bytes[at + 1];
    const length = bytes.readUInt16BE(at + 2);
    if (marker === 0xda) break;
    const id = bytes.toString('latin1', at + 4, at + 10);
    segments.push(`FF${marker.toString(16).toUpperCase()}${marker >= 0xe0 && marker <= 0xef ? ` ${JSON.stringify(id.replace(/\0.*/, ''))}` : ''}`);
    if (marker === 0xe1 && id === 'Exif\0\0') exif = bytes.subarray(at + 10, at + 2 + length);
    at += 2 + length;
  }
  const found = { orientation: null, gpsLatitude: null, gpsLongitude: null };
  if (exif) {
    const u16 = (o) => exif.readUInt16BE(o);
    const u32 = (o) => exif.readUInt32BE(o);
    const ifd = (o, each) => { for (let i = 0; i < u16(o); i++) each(u16(o + 2 + i * 12), o + 2 + i * 12); };
    const dms = (o) => [0, 1, 2].map((i) => u32(o + i * 8) / u32(o + i * 8 + 4));
    ifd(u32(4), (tag, e) => {
      if (tag === 0x0112) found.orientation = u16(e + 8);
      if (tag === 0x8825) ifd(u32(e + 8), (gtag, g) => {
        if (gtag === 2) found.gpsLatitude = dms(u32(g + 8));
        if (gtag === 4) found.gpsLongitude = dms(u32(g + 8));
      });
    });
  }
  // The latitude's rationals as they sit in the file: gone from the output means gone, wherever written.
  const latBytes = Buffer.alloc(24);
  LAT.forEach((n, i) => latBytes.writeUInt32BE(n, i * 4));
  return { segments, ...found, latitudeBytesAnywhere: bytes.includes(latBytes) };
}

const vite = spawn('npx', ['vite', HARNESS, '--config', `${HARNESS}/vite.config.mjs`, '--port', String(PORT), '--strictPort'], {
  cwd: '/work/main',
  detached: true,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stopVite = () => {
  try {
    process.kill(-vite.pid);
  } catch {
    /* already gone */
  }
};
let browser;
try {
  await new Promise((resolve, reject) => {
    vite.stdout.on('data', (chunk) => /localhost:\d+/.test(String(chunk)) && resolve());
    vite.on('exit', (code) => reject(new Error(`vite exited ${code}`)));
    setTimeout(resolve, 8000);
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto(`http://localhost:${PORT}/`);
  await page.waitForFunction(() => window.harnessReady === true, null, { timeout: 60_000 });

  // A 4032×3024 sensor image as stored (landscape): red in the stored top-left corner, blue in the
  // stored bottom-left, fine noise elsewhere so the JPEG weighs what a phone's does.
  const plain = Buffer.from(
    await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(4032, 3024);
      const context = canvas.getContext('2d');
      const image = context.createImageData(4032, 3024);
      let seed = 1;
      for (let i = 0; i < image.data.length; i += 4) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const noise = (seed >> 16) & 0x3f;
        image.data[i] = 90 + noise;
        image.data[i + 1] = 140 + ((i >> 10) & 0x3f) + (noise >> 1);
        image.data[i + 2] = 80 + noise;
        image.data[i + 3] = 255;
      }
      context.putImageData(image, 0, 0);
      context.fillStyle = '#f00';
      context.fillRect(0, 0, 800, 800);
      context.fillStyle = '#00f';
      context.fillRect(0, 3024 - 800, 800, 800);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      return [...new Uint8Array(await blob.arrayBuffer())];
    }),
  );
  // The EXIF block goes straight after the start-of-image marker, where cameras write it.
  const input = Buffer.concat([plain.subarray(0, 2), exifSegment(), plain.subarray(2)]);

  const out = await page.evaluate(async (bytes) => {
    const source = new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });
    const asDecoded = await createImageBitmap(source, { imageOrientation: 'from-image' });
    const started = performance.now();
    const result = await window.downscaleImage(source, 'IMG_0001.JPG', 'jpeg');
    const ms = Math.round(performance.now() - started);
    if (!result.ok) return { refusal: result.refusal };
    const { blob, type, size, width, height } = result.image;
    // Read back the colours in the output's corners: upright means the stored top-left is now top-right.
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const at = (x, y) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
    return {
      decodedInput: { width: asDecoded.width, height: asDecoded.height },
      type,
      size,
      width,
      height,
      ms,
      corners: { topLeft: at(50, 50), topRight: at(width - 50, 50), bottomLeft: at(50, height - 50), bottomRight: at(width - 50, height - 50) },
      bytes: [...new Uint8Array(await blob.arrayBuffer())],
    };
  }, [...input]);
  if (out.refusal) throw new Error(`refused: ${JSON.stringify(out.refusal)}`);

  // A phone screenshot (1170×2532 PNG of text) carrying the same EXIF in an eXIf chunk: stays PNG,
  // fitted within 2,000 px, turned by the chunk's Orientation 6 like a JPEG (so 2000×924), the chunk gone.
  const plainPng = Buffer.from(
    await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(1170, 2532);
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 1170, 2532);
    context.fillStyle = '#222';
    context.font = '40px sans-serif';
    for (let y = 60; y < 2532; y += 56) context.fillText('ประกาศเผยแพร่ข้อมูล O43 รายงานผลการดำเนินงาน ' + y, 30, y);
      const png = await canvas.convertToBlob({ type: 'image/png' });
      return [...new Uint8Array(await png.arrayBuffer())];
    }),
  );
  const exifData = exifSegment().subarray(10);
  const chunk = Buffer.alloc(12 + exifData.length);
  chunk.writeUInt32BE(exifData.length, 0);
  chunk.write('eXIf', 4, 'latin1');
  exifData.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + exifData.length)), 8 + exifData.length);
  const pngIn = Buffer.concat([plainPng.subarray(0, 33), chunk, plainPng.subarray(33)]); // after the signature and IHDR
  const pngChunks = (png) => {
    const names = [];
    for (let at = 8; at + 8 <= png.length; at += 12 + png.readUInt32BE(at)) names.push(png.toString('latin1', at + 4, at + 8));
    return [...new Set(names)];
  };
  const latBytes = Buffer.alloc(24);
  LAT.forEach((n, i) => latBytes.writeUInt32BE(n, i * 4));
  const screenshotOut = await page.evaluate(async (bytes) => {
    const result = await window.downscaleImage(new Blob([new Uint8Array(bytes)]), 'Screenshot.png', 'png');
    return result.ok ? { type: result.image.type, width: result.image.width, height: result.image.height, bytes: [...new Uint8Array(await result.image.blob.arrayBuffer())] } : result;
  }, [...pngIn]);
  const pngOut = Buffer.from(screenshotOut.bytes ?? []);
  const screenshot = {
    input: { bytes: pngIn.length, chunks: pngChunks(pngIn), latitudeBytesAnywhere: pngIn.includes(latBytes) },
    output: { bytes: pngOut.length, type: screenshotOut.type, width: screenshotOut.width, height: screenshotOut.height, chunks: pngChunks(pngOut), latitudeBytesAnywhere: pngOut.includes(latBytes) },
  };
  // Bytes no browser here decodes as an image, typed HEIC: refused, never kept with its metadata.
  const heic = await page.evaluate(async () => {
    const box = new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112, 104, 101, 105, 99, 0, 0, 0, 0, 109, 105, 102, 49, 104, 101, 105, 99]);
    return window.downscaleImage(new Blob([box]), 'IMG_0002.HEIC', 'heic');
  });

  const output = Buffer.from(out.bytes);
  const red = ([r, g, b]) => r > 200 && g < 60 && b < 60;
  const blue = ([r, g, b]) => b > 200 && r < 60 && g < 60;
  const inputRead = readJpeg(input);
  const outputRead = readJpeg(output);
  const report = {
    input: { bytes: input.length, storedSize: '4032×3024', decodedUpright: out.decodedInput, ...inputRead },
    output: { bytes: output.length, type: out.type, width: out.width, height: out.height, ms: out.ms, corners: out.corners, ...outputRead },
    screenshot,
    heic,
    checks: {
      screenshotStaysPng: screenshot.output.type === 'png' && screenshot.output.width === 2000 && screenshot.output.height === 924,
      pngExifGone: screenshot.input.chunks.includes('eXIf') && screenshot.input.latitudeBytesAnywhere && !screenshot.output.chunks.includes('eXIf') && !screenshot.output.latitudeBytesAnywhere,
      heicRefused: heic.ok === false && heic.refusal.code === 'file.undecodable',
      inputCarriesGps: inputRead.gpsLatitude !== null && inputRead.orientation === 6,
      upright: out.width === 1500 && out.height === 2000 && red(out.corners.topRight) && blue(out.corners.topLeft),
      gpsGone: outputRead.gpsLatitude === null && !outputRead.latitudeBytesAnywhere && !outputRead.segments.some((s) => s.includes('Exif')),
      noOrientationLeft: outputRead.orientation === null,
      smaller: output.length < input.length / 5,
      sizeMatches: output.length === out.size,
    },
  };
  console.log(JSON.stringify(report, null, 2));
  process.exitCode = Object.values(report.checks).every(Boolean) ? 0 : 1;
} finally {
  await browser?.close();
  stopVite();
}
