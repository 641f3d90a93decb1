import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { Link, MemoryRouter, Route, Routes, useSearchParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useFocusHeadingOnArrival } from '@/lib/use-focus-heading-on-arrival';

/** A screen that starts reading at its heading, and whose content can change without leaving it. */
function ListView() {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingOnArrival(heading);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        List
      </h1>
      <Link to="/list?filter=on">Filter</Link>
      <Link to="/list?view=other">Other view</Link>
    </>
  );
}

/** Another view at the same path, as the comparison is to the program list. */
function OtherView() {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingOnArrival(heading);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Other
      </h1>
      <Link to="/list">Back to the list</Link>
    </>
  );
}

function List() {
  const [params] = useSearchParams();
  return params.get('view') === 'other' ? <OtherView /> : <ListView />;
}

function renderAt(entry: string) {
  return render(
    <MemoryRouter initialEntries={[entry]}>
      <Routes>
        <Route path="/" element={<Link to="/list">Open the list</Link>} />
        <Route path="/list" element={<List />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('useFocusHeadingOnArrival', () => {
  it('leaves focus alone on the page the browser opened', () => {
    renderAt('/list');
    expect(screen.getByRole('heading', { name: 'List' })).not.toHaveFocus();
    expect(document.body).toHaveFocus();
  });

  it('focuses the heading of a screen reached inside the app', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.click(screen.getByRole('link', { name: 'Open the list' }));
    expect(screen.getByRole('heading', { name: 'List' })).toHaveFocus();
  });

  it('leaves focus where the user put it when the screen changes without being left', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.click(screen.getByRole('link', { name: 'Open the list' }));
    const filter = screen.getByRole('link', { name: 'Filter' });
    await user.click(filter);
    expect(screen.getByRole('heading', { name: 'List' })).toBeInTheDocument();
    expect(filter).toHaveFocus();
  });

  it('focuses the heading of a view that replaces another at the same path, each time', async () => {
    const user = userEvent.setup();
    renderAt('/list');
    await user.click(screen.getByRole('link', { name: 'Other view' }));
    expect(screen.getByRole('heading', { name: 'Other' })).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Back to the list' }));
    expect(screen.getByRole('heading', { name: 'List' })).toHaveFocus();
  });
});
