// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createFaults, NO_FAULTS, readFaultsFromUrl } from '../../../mocks/api/faults';

describe('faults for the mocked API', () => {
  it('are read from the page URL', () => {
    expect(readFaultsFromUrl('?apiLatency=1500&apiFail=writes&apiFailStatus=500')).toEqual({ latencyMs: 1500, fail: 'writes', failStatus: 500 });
    expect(readFaultsFromUrl('?apiFail=all&apiFailStatus=0')).toEqual({ latencyMs: 0, fail: 'all', failStatus: 0 });
  });

  it('ignore values that make no sense, keeping the others', () => {
    expect(readFaultsFromUrl('?apiLatency=-5&apiFail=sometimes&apiFailStatus=200')).toEqual(NO_FAULTS);
    expect(readFaultsFromUrl('?apiLatency=abc&apiFail=writes')).toEqual({ ...NO_FAULTS, fail: 'writes' });
    expect(readFaultsFromUrl('')).toEqual(NO_FAULTS);
  });

  it('can be changed and reset while the handlers run', () => {
    const faults = createFaults();
    faults.set({ latencyMs: 10 });
    expect(faults.get()).toEqual({ ...NO_FAULTS, latencyMs: 10 });
    faults.reset();
    expect(faults.get()).toEqual(NO_FAULTS);
  });
});

describe('the service worker file', () => {
  it('is the one the installed msw expects, so the browser demo is not refused', () => {
    const worker = readFileSync('public/mockServiceWorker.js', 'utf8');
    const { version } = JSON.parse(readFileSync('node_modules/msw/package.json', 'utf8')) as { version: string };
    expect(worker).toContain(`const PACKAGE_VERSION = '${version}'`);
  });
});
