// The benchmark's figures as a Markdown table (the README carries the latest), and which of the
// issue's targets they miss.

/** ms to updated results: search and filter, and the saved state after recording progress. */
export const TARGETS = { search: 50, filter: 50, saveProgress: 100 };

const ROWS = [
  ['dashboard', 'Dashboard, first render', 'ms'],
  ['measuresList', 'Measures list, first render', 'ms'],
  ['search', 'Search: typing to updated results', 'ms'],
  ['searchFirst', 'Search: the first after opening the list', 'ms'],
  ['filter', 'Filter by unit: choice to updated results', 'ms'],
  ['saveProgress', 'Recording progress: save to saved state', 'ms'],
  ['openLongHistory', 'Opening a measure with 500 updates', 'ms'],
  ['measuresHeapMb', 'JS heap on the measures list', 'MB'],
  ['dashboardHeapMb', 'JS heap on the dashboard', 'MB'],
  ['restoreMs', 'Restoring the data set from a backup (once)', 'ms'],
];

const value = (figure) => (typeof figure === 'number' ? figure : figure?.median);
const show = (n, unit) => (n === undefined ? '—' : unit === 'MB' ? n.toFixed(1) : String(Math.round(n)));

export function formatTable(results) {
  const misses = [];
  const lines = [];
  for (const [source, sets] of Object.entries(results.sources)) {
    lines.push('', `**${source === 'api' ? 'Mocked REST API (MSW)' : 'Browser storage (IndexedDB)'}**`, '');
    lines.push('| | floor | large | large ÷ floor | target |', '|---|---:|---:|---:|---|');
    for (const [key, label, unit] of ROWS) {
      const floor = value(sets.floor?.[key]);
      const large = value(sets.large?.[key]);
      const target = TARGETS[key];
      const ok = target === undefined || large === undefined ? '' : large <= target ? `≤ ${target} ✓` : `≤ ${target} ✗`;
      if (target !== undefined && large !== undefined && large > target) misses.push(`${source} ${key} ${Math.round(large)} ms`);
      const ratio = floor && large !== undefined ? `${(large / floor).toFixed(1)}×` : '—';
      lines.push(`| ${label} (${unit}) | ${show(floor, unit)} | ${show(large, unit)} | ${ratio} | ${ok} |`);
    }
  }
  const m = results.machine;
  lines.push('', `Medians of ${results.runs} runs (of ${Math.max(results.runs, 11)} for search, filter and saving), ${results.date.slice(0, 10)}; ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}, ${m.browser}.`);
  return { table: lines.join('\n'), misses };
}
