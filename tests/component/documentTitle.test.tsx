import { render, waitFor } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { I18nProvider, type Language } from '../../src/i18n/i18n';
import { useDefaultDocumentTitle, useDocumentTitle } from '../../src/ui/useDocumentTitle';

function Page({ title }: { title: string | null }) {
  useDocumentTitle(title);
  return null;
}

function Screen({ route, page, language = 'th' }: { route: string; page?: string | null; language?: Language }) {
  return (
    <I18nProvider language={language}>
      <Route title={route}>{page !== undefined && <Page title={page} />}</Route>
    </I18nProvider>
  );
}

function Route({ title, children }: { title: string; children: ReactNode }) {
  useDefaultDocumentTitle(title);
  return children;
}

describe('useDocumentTitle', () => {
  it.each([
    ['th' as const, 'มาตรการ · แดชบอร์ดมาตรการ ITA'],
    ['en' as const, 'มาตรการ · ITA Measures Dashboard'],
  ])('names the route with the app name in %s', async (language, expected) => {
    render(<Screen route="มาตรการ" language={language} />);
    await waitFor(() => expect(document.title).toBe(expected));
  });

  it("puts a page's own title over the route's, though the page's effect runs first", () => {
    render(<Screen route="มาตรการ" page="ลดขั้นตอนการเบิกจ่าย" />);
    expect(document.title).toBe('ลดขั้นตอนการเบิกจ่าย · แดชบอร์ดมาตรการ ITA');
  });

  it('keeps the route title while the page does not know its own yet', () => {
    render(<Screen route="มาตรการ" page={null} />);
    expect(document.title).toBe('มาตรการ · แดชบอร์ดมาตรการ ITA');
  });

  it('gives the title back to the route once the page goes', async () => {
    function Toggle() {
      const [shown, setShown] = useState(true);
      return (
        <I18nProvider language="th">
          <Route title="มาตรการ">{shown && <Page title="ลดขั้นตอน" />}</Route>
          <button type="button" onClick={() => setShown(false)}>
            hide
          </button>
        </I18nProvider>
      );
    }
    const { getByRole } = render(<Toggle />);
    expect(document.title).toBe('ลดขั้นตอน · แดชบอร์ดมาตรการ ITA');
    await userEvent.click(getByRole('button', { name: 'hide' }));
    expect(document.title).toBe('มาตรการ · แดชบอร์ดมาตรการ ITA');
  });
});
