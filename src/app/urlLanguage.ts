/** Whether the URL asks for English (#/measures?lang=en), read before the router runs. */
export function urlAsksForEnglish(): boolean {
  return new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('lang') === 'en';
}
