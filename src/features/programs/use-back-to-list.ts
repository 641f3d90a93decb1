import { useLocation } from 'react-router';
import { paths } from '@/lib/paths';
import { langOnly } from './program-query';

/** The list to go back to: the one the user came from, filters and all, else the whole list. */
export function useBackToList() {
  const { search, state } = useLocation();
  const list: unknown = (state as { list?: unknown } | null)?.list;
  return {
    pathname: paths.programs.href(),
    search: typeof list === 'string' && list.startsWith('?') ? list : langOnly(search),
  };
}
