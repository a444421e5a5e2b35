import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useRefreshAll } from '../../data/queries';
import { meetingOptions } from '../../domain/meeting/options';
import { useMessages } from '../../i18n/featureMessages';
import { useLangLink } from '../../i18n/langLink';
import { useErrorWords } from '../../i18n/useErrorWords';
import { DataSentence } from '../../ui/DataText';
import { dataSlots } from '../../ui/dataLang';
import { messages } from './messages';
import { SlideView } from './SlideView';
import { useIdle, useWakeLock } from './useScreenAwake';
import { useMeetingData } from './useMeetingData';
import { useSlideShow } from './useSlideShow';
import './meeting.css';
import { formatTime } from '../../i18n/dates';

const REFRESH_MS = 60_000;

/**
 * ประชุม: the year's result and the measures as full-screen slides that move on by themselves,
 * for the TV at the monthly meeting. A presenter can take over from the keyboard; nobody has to.
 */
export function MeetingPage() {
  const { t, locale } = useMessages(messages);
  const withLang = useLangLink();
  const [params] = useSearchParams();
  const { options, ignored } = useMemo(() => meetingOptions(params), [params]);
  const refreshAll = useRefreshAll();
  const [now, setNow] = useState(() => new Date());
  const state = useMeetingData(options, now);
  const words = useErrorWords();
  const slides = state.status === 'ready' ? state.data.slides : [];
  const show = useSlideShow(slides.length, options.interval);
  const idle = useIdle(3000);
  useWakeLock();

  // Fresh data every minute and whenever the screen comes back into view.
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState !== 'visible') return;
      setNow(new Date());
      void refreshAll();
    };
    const timer = window.setInterval(refresh, REFRESH_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [refreshAll]);

  const { next, previous, go, togglePause } = show;
  // One listener for the screen's life, reading the latest slide show: a listener swapped on
  // each render would miss the key that also wakes the idle screen (React re-renders between
  // the two listeners of that one key press).
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    // A chart's points take the arrows, Home and End themselves (and say so by preventDefault);
    // their handler on the element runs before this one on window.
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    // A focused button answers Space and Enter itself.
    if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLElement && e.target.closest('button, a')) return;
    const key = e.key.toLowerCase();
    if (['arrowright', 'pagedown', ' '].includes(key)) next();
    else if (['arrowleft', 'pageup'].includes(key)) previous();
    else if (key === 'home') go(0);
    else if (key === 'end') go(-1);
    else if (key === 'p' || key === 'k') togglePause();
    else if (key === 'f') toggleFullscreen();
    // A slide number, as the footer shows it: 1–9 go straight there.
    else if (/^[1-9]$/.test(key) && Number(key) <= slides.length) go(Number(key) - 1);
    else return;
    e.preventDefault();
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const time = (ms: number) => formatTime(ms, locale);
  const slide = slides[show.index];
  // A well-formed year the data does not have is named too, like any value the URL cannot use.
  const notUsed = state.status === 'ready' ? [...ignored, ...state.missing] : ignored;
  return (
    <div className={`meeting${idle ? ' idle' : ''}`} lang={locale.startsWith('th') ? 'th' : 'en'}>
      <h1 className="visually-hidden">{t('meeting.title', { year: state.status === 'ready' ? state.data.year : '' })}</h1>
      {show.paused || slides.length < 2 ? null : (
        <div
          key={`${show.tick}-${show.index}`}
          className="slide-clock"
          style={{ animationDuration: `${options.interval}s` }}
          aria-hidden="true"
        />
      )}
      <main className="slide-area">
        {state.status === 'loading' ? null : state.status === 'empty' ? (
          <p className="slide-message">{t('meeting.noYear')}</p>
        ) : state.status === 'error' ? (
          <p className="slide-message" role="status">
            {t('meeting.unreadable', { message: words.storeError(state.error) })}
          </p>
        ) : slide ? (
          <SlideView key={show.index} slide={slide} data={state.data} />
        ) : (
          <p className="slide-message">{t('meeting.nothing')}</p>
        )}
      </main>
      <footer className="meeting-footer">
        <p aria-live="polite">
          {slides.length > 0 && t('meeting.slideOf', { n: show.index + 1, count: slides.length })}
          {show.paused && ` · ${t('meeting.paused')}`}
        </p>
        {state.status === 'ready' && (
          <p className={state.data.stale ? 'stale' : undefined}>
            {options.unitId && (
              <>
                <UnitOnly name={state.data.units.get(options.unitId)?.name ?? options.unitId} />
                {' · '}
              </>
            )}
            {state.data.stale ? t('meeting.stale', { time: time(state.data.updatedAt) }) : t('meeting.updated', { time: time(state.data.updatedAt) })}
          </p>
        )}
        {notUsed.length > 0 && <p>{t('meeting.ignored', { list: notUsed.join(', ') })}</p>}
        <nav className="meeting-controls" aria-label={t('meeting.controls')}>
          <button type="button" onClick={previous}>
            ‹ {t('meeting.previous')}
          </button>
          <button type="button" onClick={togglePause}>
            <span aria-hidden="true">{show.paused ? '▶ ' : '❚❚ '}</span>
            {show.paused ? t('meeting.play') : t('meeting.pause')}
          </button>
          <button type="button" onClick={next}>
            {t('meeting.next')} ›
          </button>
          <button type="button" onClick={toggleFullscreen}>
            {t('meeting.fullscreen')}
          </button>
          <Link to={withLang('/')}>{t('meeting.exit')}</Link>
        </nav>
      </footer>
    </div>
  );
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** "<unit> only", the unit's name marked as the data it is. */
function UnitOnly({ name }: { name: string }) {
  const { t } = useMessages(messages);
  const { data, slot } = dataSlots();
  return <DataSentence text={t('meeting.unit', { unit: slot(name) })} data={data} />;
}
