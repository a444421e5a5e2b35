import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { useMessages } from '../../i18n/featureMessages';
import { chartLoadMessages } from './loadMessages';

interface Props {
  /** The chart will not draw: its turn in WhenNear's queue goes to the next chart. */
  onFailed: () => void;
  children: ReactNode;
}

/**
 * Keeps a chart that fails to load (its chunk gone after a deploy, a dropped connection) inside
 * its own place: without it the error reaches the route's boundary and the whole page is lost.
 * Retry draws the children afresh under a new key (lazyCharts' components then import again).
 */
export class ChartLoadBoundary extends Component<Props, { failed: boolean; attempt: number }> {
  state = { failed: false, attempt: 0 };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(_error: unknown, _info: ErrorInfo) {
    this.props.onFailed();
  }

  retry = () => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));

  render() {
    if (!this.state.failed) return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
    return <LoadFailed onRetry={this.retry} />;
  }
}

function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useMessages(chartLoadMessages);
  return (
    <div role="alert" className="chart-load-failed">
      <p>{t('charts.loadFailed')}</p>
      <button type="button" onClick={onRetry}>
        {t('charts.retry')}
      </button>
    </div>
  );
}

