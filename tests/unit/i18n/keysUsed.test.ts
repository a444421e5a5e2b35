// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages as assessments } from '../../../src/features/assessments/messages';
import { messages as framework } from '../../../src/features/assessments/framework/messages';
import { messages as meeting } from '../../../src/features/meeting/messages';
import { messages as reports } from '../../../src/features/reports/messages';
import { messages as dashboardMore } from '../../../src/features/dashboard/more/messages';
import { messages as measures } from '../../../src/features/measures/messages';
import { messages as settings } from '../../../src/features/settings/messages';
import { messages as accounts } from '../../../src/features/accounts/messages';
import { ownPasswordMessages } from '../../../src/features/accounts/ownPasswordMessages';
import { messages as firstRun } from '../../../src/features/firstRun/messages';
import { firstAccountMessages } from '../../../src/app/firstAccountMessages';
import { freshnessMessages } from '../../../src/features/dashboard/more/freshnessMessages';
import { meetingMessages } from '../../../src/features/settings/meetingMessages';
import { chartMessages } from '../../../src/ui/charts/messages';
import { progressMessages } from '../../../src/ui/charts/progressMessages';
import { healthMessages } from '../../../src/ui/healthMessages';
import { th } from '../../../src/i18n/th';

/** Every message is said somewhere: a key no code uses is a translation nobody will keep up. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('message keys', () => {
  const code = sources('src')
    .filter((text) => !text.includes('export const th = {') && !text.includes('export const en: Record') && !text.includes('defineMessages(th, en)'))
    .join('\n');

  it.each([...Object.keys(th), ...Object.keys(measures.th), ...Object.keys(settings.th), ...Object.keys(dashboardMore.th), ...Object.keys(assessments.th), ...Object.keys(framework.th), ...Object.keys(meeting.th), ...Object.keys(reports.th), ...Object.keys(accounts.th), ...Object.keys(freshnessMessages.th), ...Object.keys(meetingMessages.th), ...Object.keys(ownPasswordMessages.th), ...Object.keys(firstRun.th), ...Object.keys(firstAccountMessages.th), ...Object.keys(chartMessages.th), ...Object.keys(progressMessages.th), ...Object.keys(healthMessages.th)])('%s is used in src', (key) => {
    expect(code.includes(`'${key}'`)).toBe(true);
  });
});
