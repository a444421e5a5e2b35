import { Component, type ReactNode } from 'react';
import { ErrorState } from '../ui/ErrorState';

/**
 * Catches what a screen throws while rendering, so one broken screen never blanks the app;
 * the layout keys it by location, so moving to another screen starts afresh.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  render() {
    return this.state.error ? <ErrorState error={this.state.error} /> : this.props.children;
  }
}
