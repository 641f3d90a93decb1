import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Alert } from '@/components/ui/alert';
import { Dialog } from '@/components/ui/dialog';
import { ProgressBar } from '@/components/ui/progress-bar';
import { RadioScale } from '@/components/ui/radio-scale';

const OPTIONS = [
  { value: 1, label: 'Strongly dislike' },
  { value: 2, label: 'Dislike' },
  { value: 3, label: 'Not sure' },
  { value: 4, label: 'Like' },
  { value: 5, label: 'Strongly like' },
] as const;

function Scale({ onChange }: { onChange?: (value: number) => void }) {
  const [value, setValue] = useState<number | null>(null);
  return (
    <RadioScale
      name="item-1"
      legend="Repair a bicycle"
      options={OPTIONS}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange?.(next);
      }}
    />
  );
}

describe('RadioScale', () => {
  it('is a named radio group whose points are labelled radios', () => {
    render(<Scale />);
    expect(screen.getByRole('group', { name: 'Repair a bicycle' })).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByRole('radio', { name: 'Like' })).not.toBeChecked();
  });

  it('picks a point with a digit key and moves focus to it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Scale onChange={onChange} />);
    await user.click(screen.getByRole('radio', { name: 'Not sure' }));
    await user.keyboard('5');
    expect(screen.getByRole('radio', { name: 'Strongly like' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Strongly like' })).toHaveFocus();
    await user.keyboard('9');
    expect(onChange).toHaveBeenLastCalledWith(5);
  });

  it('reads the digit keys of Arabic keyboard layouts as the same points, and no other key', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Scale onChange={onChange} />);
    await user.click(screen.getByRole('radio', { name: 'Not sure' }));
    // Every point, from each of the three digit sets.
    for (const digits of ['12345', '١٢٣٤٥', '۱۲۳۴۵']) {
      for (const [index, key] of [...digits].entries()) {
        await user.keyboard(key);
        expect(onChange).toHaveBeenLastCalledWith(index + 1);
        expect(screen.getAllByRole('radio')[index]).toHaveFocus();
      }
    }
    onChange.mockClear();
    for (const key of ['٠', '٦', '۹', '0', 'a', 'ع']) await user.keyboard(key);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('moves between points with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<Scale />);
    await user.click(screen.getByRole('radio', { name: 'Dislike' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Not sure' })).toBeChecked();
  });
});

describe('ProgressBar', () => {
  it('exposes its name and value to assistive technology', () => {
    render(<ProgressBar value={12} max={30} label="Progress" valueText="12 of 30" />);
    const bar = screen.getByRole('progressbar', { name: 'Progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '12');
    expect(bar).toHaveAttribute('aria-valuemax', '30');
    expect(bar).toHaveAttribute('aria-valuetext', '12 of 30');
  });

  it('clamps values outside the range', () => {
    render(<ProgressBar value={40} max={30} label="Progress" valueText="done" />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '30');
  });
});

describe('Dialog', () => {
  it('opens modally with its title as name and closes on Escape', async () => {
    const user = userEvent.setup();
    function Harness() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Open
          </button>
          <Dialog open={open} title="Sure?" onClose={() => setOpen(false)} actions={null}>
            <p>Body</p>
          </Dialog>
        </>
      );
    }
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Sure?' });
    expect(dialog).toHaveAttribute('open');
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    await vi.waitFor(() => expect(dialog).not.toHaveAttribute('open'));
  });
});

describe('Alert', () => {
  it('interrupts for errors and waits for a pause otherwise', () => {
    const { rerender } = render(<Alert tone="error">Bad code</Alert>);
    expect(screen.getByRole('alert')).toHaveTextContent('Bad code');
    rerender(<Alert tone="info">Saved</Alert>);
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
  });

  it('can be dismissed with a labelled button', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    render(
      <Alert tone="warning" onDismiss={onDismiss} dismissLabel="Dismiss">
        Notice
      </Alert>,
    );
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
