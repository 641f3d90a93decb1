import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hexagonDirection, ProfileHexagon, profilePoint } from '@/components/profile-hexagon';
import { RIASEC_TYPES } from '@/domain/riasec';
import { i18n, startI18n } from '@/lib/i18n/i18n';

const PROFILE = { R: 70, I: 20, A: 10, S: 30, E: 40, C: 60 };

describe('the profile on Holland’s hexagon', () => {
  it('puts the types round the hexagon in order, Realistic first at the top of the reading side', () => {
    const ltr = RIASEC_TYPES.map((type) => hexagonDirection(type, 'ltr'));
    // R top left, I top right, A right, S bottom right, E bottom left, C left.
    expect(ltr[0]!.x).toBeLessThan(0);
    expect(ltr[0]!.y).toBeLessThan(0);
    expect(ltr[1]!.x).toBeGreaterThan(0);
    expect(ltr[2]).toMatchObject({ x: 1 });
    expect(ltr[5]!.x).toBeCloseTo(-1);
    // Each neighbour 60° on: the corners are a regular hexagon.
    for (let index = 0; index < 6; index += 1) {
      const a = ltr[index]!;
      const b = ltr[(index + 1) % 6]!;
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeCloseTo(1);
    }
  });

  it('mirrors the positions in Arabic, so that it reads from the right, and keeps the heights', () => {
    for (const type of RIASEC_TYPES) {
      const ltr = hexagonDirection(type, 'ltr');
      const rtl = hexagonDirection(type, 'rtl');
      expect(rtl.x).toBeCloseTo(-ltr.x);
      expect(rtl.y).toBeCloseTo(ltr.y);
    }
    expect(hexagonDirection('R', 'rtl').x).toBeGreaterThan(0);
  });

  it('reaches along each spoke as far as the score', () => {
    const centre = profilePoint('R', 0, 'ltr');
    const full = profilePoint('R', 100, 'ltr');
    const seventy = profilePoint('R', 70, 'ltr');
    const length = (point: { x: number; y: number }) =>
      Math.hypot(point.x - centre.x, point.y - centre.y);
    expect(length(seventy) / length(full)).toBeCloseTo(0.7);
    expect(profilePoint('A', 150, 'ltr')).toEqual(profilePoint('A', 100, 'ltr'));
  });

  it('is an image with a title and a pointer to the table, its labels in the text’s direction', async () => {
    await startI18n('ar', ['results', 'profile']);
    render(<ProfileHexagon profile={PROFILE} dir="rtl" />);
    const image = screen.getByRole('img', { name: /سداسي هولاند/ });
    expect(image).toHaveAccessibleName(/جدول/);
    const label = (type: 'R' | 'A' | 'C') =>
      within(image).getByText(i18n.t(`profile:riasec.${type}`));
    for (const type of ['R', 'I', 'A', 'S', 'E', 'C'] as const) {
      expect(within(image).getByText(i18n.t(`profile:riasec.${type}`))).toHaveAttribute(
        'direction',
        'rtl',
      );
    }
    // Realistic at the top on the right. Artistic, on the left, grows leftwards, as Arabic text
    // does from its start; Conventional, on the right, grows rightwards: from its end.
    expect(Number(label('R').getAttribute('x'))).toBeGreaterThan(170);
    expect(label('A')).toHaveAttribute('text-anchor', 'start');
    expect(label('C')).toHaveAttribute('text-anchor', 'end');
  });
});
