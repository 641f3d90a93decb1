import { describe, expect, it } from 'vitest';
import { centers, towns } from '@/data/places';
import { distanceKm, nearest } from '@/domain/geo';
import { findTown, searchTowns } from '@/domain/town-search';

const ids = (query: string, limit = 3) => searchTowns(towns, query, limit).map((town) => town.id);

describe('town search: golden cases in both scripts', () => {
  it.each([
    ['Ksar El Kébir', 'ksar-el-kebir'],
    ['Ksar el Kebir', 'ksar-el-kebir'],
    ['ksar-el-kebir', 'ksar-el-kebir'],
    ['KSARELKEBIR', 'ksar-el-kebir'],
    ['القصر الكبير', 'ksar-el-kebir'],
    ['القَصْر الكَبِير', 'ksar-el-kebir'],
    ['طاطا', 'tata'],
    ['Tata', 'tata'],
    ['العيون', 'laayoune'],
    ['Laâyoune', 'laayoune'],
    ['laayoune', 'laayoune'],
    ['فاس', 'fes'],
    ['Fès', 'fes'],
    ['أكادير', 'agadir'],
    ['اكادير', 'agadir'],
    ['إنزكان', 'inezgane'],
    ['طنجه', 'tanger'],
    ['Tangier', 'tanger'],
    ['Marrakesh', 'marrakech'],
    ['مراكش', 'marrakech'],
  ])('“%s” finds %s first', (query, id) => {
    expect(ids(query)[0]).toBe(id);
    expect(findTown(towns, query)?.id).toBe(id);
  });

  it('suggests while typing and matches nothing for nonsense or an empty query', () => {
    expect(ids('casa')).toContain('casablanca');
    expect(ids('بني م')).toContain('beni-mellal');
    expect(ids('qqqzz')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(findTown(towns, 'marra')).toBeNull();
  });

  it('holds at least 300 towns with unique ids', () => {
    expect(towns.length).toBeGreaterThanOrEqual(300);
    expect(new Set(towns.map((town) => town.id)).size).toBe(towns.length);
  });
});

describe('the centers', () => {
  it('are 71 over the 12 regions, the 12 CMCs among them', () => {
    expect(centers).toHaveLength(71);
    expect(new Set(centers.map((center) => center.region)).size).toBe(12);
    expect(centers.filter((center) => center.kind === 'cmc')).toHaveLength(12);
    expect(centers.every((center) => center.status === 'indicative')).toBe(true);
  });

  it('leave no province seat more than 150 km from a center', () => {
    const seats = towns.filter((town) => town.provinceSeat);
    expect(seats).toHaveLength(75);
    for (const seat of seats) {
      const [closest] = nearest(seat, centers, 1);
      expect(closest!.distanceKm, seat.id).toBeLessThanOrEqual(150);
    }
  });

  it('put Rabat–Casablanca at about 87 km', () => {
    const rabat = towns.find((town) => town.id === 'rabat')!;
    const casablanca = towns.find((town) => town.id === 'casablanca')!;
    expect(Math.abs(distanceKm(rabat, casablanca) - 87)).toBeLessThanOrEqual(2);
  });
});
