import { Component, type ReactNode } from 'react';

/** A screen that fails to render says so and leaves the rest of the app usable (navigation, other screens). */
export class ScreenBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    // Still reported, so a browser test fails loudly on it.
    window.setTimeout(() => {
      throw error;
    }, 0);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-note" role="alert">
        <h1>Something went wrong on this screen</h1>
        <p>Nothing you typed is lost: drafts are kept in this browser. Reload the page to try again.</p>
        <p className="muted">{this.state.error.message}</p>
      </div>
    );
  }
}
