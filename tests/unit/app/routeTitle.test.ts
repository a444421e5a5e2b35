import { describe, expect, it } from 'vitest';
import { routeTitle } from '../../../src/app/routeTitle';

describe('routeTitle', () => {
  it.each([
    ['/', '', 'nav.dashboard'],
    ['/', '?year=2565', 'nav.dashboard'],
    ['/assessments', '', 'nav.assessments'],
    ['/assessments/', '', 'nav.assessments'],
    ['/assessments/framework', '?year=2565', 'title.framework'],
    ['/measures', '?unit=all', 'nav.measures'],
    ['/measures/new', '', 'title.newMeasure'],
    ['/measures/msr-plan-3', '', 'title.measure'],
    ['/reports', '', 'title.reportMeasures'],
    ['/reports', '?doc=measures&year=2565', 'title.reportMeasures'],
    ['/reports', '?year=2565&doc=progress', 'title.reportProgress'],
    ['/settings', '', 'nav.settings'],
    ['/accounts', '', 'nav.accounts'],
    ['/meeting', '?slides=result', 'nav.meeting'],
    ['/no-such-page', '', 'error.notFound'],
    ['/measures/msr-plan-3/extra', '', 'error.notFound'],
    ['/assessmentsx', '', 'error.notFound'],
  ])('%s%s is titled %s', (pathname, search, key) => {
    expect(routeTitle(pathname, search)).toBe(key);
  });
});
