import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClass } from '@/components/ui/button';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** When this value changes (e.g. the route), a shown error is cleared and the children retried. */
  resetKey?: string;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Catches a rendering error (or a screen's code that failed to load) and shows a recovery screen
 * in the user's language instead of a blank page. Saved data is untouched by such errors.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever debugs the device; nothing leaves it.
    console.warn('Masari recovered from an error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) return <ErrorScreen onReset={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}

function ErrorScreen({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation('common');
  return (
    <section className="error-screen" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t('error.title')}</h1>
      <p>{t('error.safe')}</p>
      <p>{t('error.hint')}</p>
      <div className="actions">
        <Button onClick={() => window.location.reload()}>{t('error.reload')}</Button>
        {/* A plain link: this screen may show outside the router when the app itself failed. */}
        <a className={buttonClass('secondary')} href="#/" onClick={onReset}>
          {t('error.home')}
        </a>
      </div>
    </section>
  );
}
