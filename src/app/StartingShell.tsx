/** Whether the URL asks for English (#/measures?lang=en), read before the router runs. */
export function urlAsksForEnglish(): boolean {
  return new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('lang') === 'en';
}

/**
 * What the screen shows while the data opens (on a first visit the seed is fetched and written
 * too): the page paints at once instead of staying blank. Its words are here, not in a catalog,
 * because the catalogs load later; the language is the URL's, as for every screen.
 */
export function StartingShell({ english }: { english: boolean }) {
  return (
    <>
      <header className="app-header">
        <div className="app-header-inner">
          <p className="app-name">{english ? 'ITA Measures Dashboard' : 'แดชบอร์ดมาตรการ ITA'}</p>
        </div>
      </header>
      <main id="main">
        <p role="status" className="loading">
          {english ? 'Opening the data…' : 'กำลังเปิดข้อมูล…'}
        </p>
      </main>
    </>
  );
}
