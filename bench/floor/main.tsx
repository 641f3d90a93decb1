// The floor app: the bare stack Masari is built on (React 19, a hash router, i18next, a zustand
// store persisted in localStorage) with one translated page and nothing else. `npm run bench`
// builds it and measures it beside Masari in the same run, so that every figure of the app is
// read as a ratio to what the stack alone costs on the same machine (docs/benchmarks.md).
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { HashRouter, Route, Routes } from 'react-router';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

const resources = {
  fr: {
    translation: {
      title: 'Trouver sa voie',
      lead: 'Quelques questions sur ce que vous aimez faire, puis les métiers qui vous ressemblent.',
      count: 'Visites : {{count}}',
    },
  },
};

interface VisitState {
  visits: number;
  visit: () => void;
}

const useVisits = create<VisitState>()(
  persist((set) => ({ visits: 0, visit: () => set((state) => ({ visits: state.visits + 1 })) }), {
    name: 'floor:visits',
    partialize: ({ visits }) => ({ visits }),
  }),
);

function Home() {
  const { t } = useTranslation();
  const visits = useVisits((state) => state.visits);
  const visit = useVisits((state) => state.visit);
  return (
    <main>
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <button type="button" onClick={visit}>
        {t('count', { count: visits })}
      </button>
    </main>
  );
}

void i18next
  .use(initReactI18next)
  .init({ lng: 'fr', resources, interpolation: { escapeValue: false } })
  .then(() => {
    const root = document.getElementById('root');
    if (!root) return;
    createRoot(root).render(
      <StrictMode>
        <HashRouter>
          <Routes>
            <Route index element={<Home />} />
          </Routes>
        </HashRouter>
      </StrictMode>,
    );
  });
