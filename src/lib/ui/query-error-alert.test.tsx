import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error';
import { renderWithProviders } from '../../test/render';
import { QueryErrorAlert } from './query-error-alert';

describe('QueryErrorAlert', () => {
  it('shows what failed with the server details and retries on demand', async () => {
    const onRetry = vi.fn();
    const error = new ApiError({
      kind: 'http',
      status: 503,
      faultName: 'serviceUnavailable',
      message: 'The server is currently unavailable. Please try again at a later time.',
      requestId: 'req-42',
      service: 'compute',
      method: 'GET',
      path: '/servers/detail',
    });
    const { user } = renderWithProviders(<QueryErrorAlert error={error} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not load the data');
    expect(alert).toHaveTextContent('The server is currently unavailable. Please try again at a later time.');
    expect(alert).toHaveTextContent('HTTP 503 · Fault: serviceUnavailable');
    expect(alert).toHaveTextContent('Request ID: req-42');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('takes a title and leaves Retry out without onRetry', () => {
    renderWithProviders(<QueryErrorAlert error={new Error('Unexpected token <')} title="Could not load flavors" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load flavors');
    expect(screen.getByText('An unexpected error occurred.')).toBeInTheDocument();
    expect(screen.getByText('Unexpected token <')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});
