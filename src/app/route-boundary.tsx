import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { RouteErrorPage } from './route-error-page';

interface State {
  error: unknown;
  failed: boolean;
  resetKey: string;
}

class Boundary extends Component<{ resetKey: string; children: ReactNode }, State> {
  override state: State = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  // A navigation (Retry navigates to the same URL) is a new location: the page gets another try.
  static getDerivedStateFromProps(props: { resetKey: string }, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, failed: false, resetKey: props.resetKey };
  }

  override render() {
    return this.state.failed ? <RouteErrorPage error={this.state.error} /> : this.props.children;
  }
}

/**
 * A route's error boundary: what a page throws while rendering (its chunk failing to load included) shows the route
 * error page inside the shell, never a white page; the next navigation clears it.
 */
export function RouteBoundary({ children }: { children: ReactNode }) {
  return <Boundary resetKey={useLocation().key}>{children}</Boundary>;
}
