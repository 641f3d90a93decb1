import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { programs } from '@/data/catalogue';
import cmcsRaw from '@/data/cmcs.json';
import { renderApp } from '../utils/render-app';

/** The ids of the programs listed, in order. */
const listedIds = () =>
  within(screen.getByRole('region', { name: /^(Programmes|Liste des formations|الشُّعَب)$/ }))
    .queryAllByRole('listitem')
    .map((li) => li.getAttribute('data-program-id'));

const hash = () => window.location.hash;

/** The list's live region: the count of programs found, and a corrected search when offered. */
const count = () =>
  within(
    screen.getByRole('region', { name: /^(Programmes|Liste des formations|الشُّعَب)$/ }),
  ).getByRole('status');

describe('program list: search and filters in the address', () => {
  it('writes the search and every filter to the address, keeping lang, and clears them', async () => {
    const { user } = await renderApp(undefined, { route: '/programs?lang=en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Training programmes' }),
    ).toBeInTheDocument();
    expect(count()).toHaveTextContent(`${programs.length} programmes found`);

    await user.type(
      screen.getByRole('searchbox', { name: 'Search by programme name or job' }),
      'cuisine',
    );
    expect(hash()).toBe('#/programs?lang=en&q=cuisine');
    expect(count()).toHaveTextContent('4 programmes found');
    expect(listedIds().slice(0, 2)).toEqual([
      'arts-culinaires-cuisine-gastronomique',
      'arts-culinaires-cuisine-marocaine',
    ]);

    // By the option's name: user-event compares option text as HTML, where "&" is "&amp;".
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Sector' }),
      screen.getByRole('option', { name: 'Tourism, hospitality & catering' }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'Technician');
    expect(hash()).toBe('#/programs?lang=en&q=cuisine&sector=tourism-hospitality&level=T');
    expect(count()).toHaveTextContent('3 programmes found');
    expect(listedIds()).not.toContain('agent-de-restauration');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Souss-Massa');
    expect(hash()).toBe(
      '#/programs?lang=en&q=cuisine&sector=tourism-hospitality&level=T&region=09',
    );
    expect(count()).toHaveTextContent('No programme found');
    expect(screen.getByRole('heading', { name: 'No programme matches' })).toBeInTheDocument();

    const clear = screen.getAllByRole('button', { name: 'Clear the search and filters' });
    await user.click(clear[clear.length - 1]!);
    expect(hash()).toBe('#/programs?lang=en');
    expect(screen.getByRole('searchbox', { name: 'Search by programme name or job' })).toHaveValue(
      '',
    );
    expect(screen.getByRole('combobox', { name: 'Sector' })).toHaveValue('');
    expect(count()).toHaveTextContent(`${programs.length} programmes found`);
  });

  it('restores the search and filters from a shared link, in its language', async () => {
    await renderApp(undefined, {
      route: '/programs?q=cuisine&sector=tourism-hospitality&level=T&lang=fr',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Formations' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('searchbox', { name: 'Rechercher par nom de formation ou par métier' }),
    ).toHaveValue('cuisine');
    expect(screen.getByRole('combobox', { name: 'Secteur' })).toHaveValue('tourism-hospitality');
    expect(screen.getByRole('combobox', { name: 'Niveau' })).toHaveValue('T');
    expect(screen.getByRole('combobox', { name: 'Région' })).toHaveValue('');
    expect(count()).toHaveTextContent('3 formations trouvées');
    expect(
      screen.getByRole('link', { name: 'Arts culinaires option Cuisine Marocaine' }),
    ).toHaveAttribute('href', '#/programs/arts-culinaires-cuisine-marocaine?lang=fr');
  });

  it('ignores unknown filter values in a link instead of failing', async () => {
    await renderApp(undefined, { route: '/programs?sector=nope&level=X&region=99&lang=en' });
    await screen.findByRole('heading', { level: 1, name: 'Training programmes' });
    expect(count()).toHaveTextContent(`${programs.length} programmes found`);
  });

  it('finds "Développement" typed with or without its accent', async () => {
    const { user } = await renderApp(undefined, { route: '/programs?lang=fr' });
    const box = await screen.findByRole('searchbox', {
      name: 'Rechercher par nom de formation ou par métier',
    });
    await user.type(box, 'developpement');
    const plain = listedIds();
    expect(plain[0]).toBe('developpement-digital');
    await user.clear(box);
    await user.type(box, 'Développement');
    expect(listedIds()).toEqual(plain);
    expect(hash()).toBe('#/programs?lang=fr&q=D%C3%A9veloppement');
  });

  it('finds programs by everyday words and sector names, in any language', async () => {
    const { user } = await renderApp(undefined, { route: '/programs?lang=fr' });
    const box = await screen.findByRole('searchbox', {
      name: 'Rechercher par nom de formation ou par métier',
    });
    await user.type(box, 'programmation');
    expect(listedIds().slice(0, 3)).toEqual([
      'developpement-digital',
      'developpement-digital-web-full-stack',
      'developpement-digital-applications-mobiles',
    ]);
    await user.clear(box);
    await user.type(box, 'المعلوميات');
    expect(listedIds()).toEqual(programs.filter((p) => p.sector === 'digital-ai').map((p) => p.id));
  });

  it('offers the corrected word for a typo, and searches it when chosen', async () => {
    const { user } = await renderApp(undefined, { route: '/programs?lang=fr' });
    const box = await screen.findByRole('searchbox', {
      name: 'Rechercher par nom de formation ou par métier',
    });
    await user.type(box, 'hotelerie');
    // Said with the count, in the list's live region.
    expect(count()).toHaveTextContent(/^\d+ formations? trouvées?Vouliez-vous dire : hôtellerie$/);
    await user.click(within(count()).getByRole('button', { name: 'Rechercher « hôtellerie »' }));

    expect(hash()).toBe('#/programs?lang=fr&q=h%C3%B4tellerie');
    expect(box).toHaveValue('hôtellerie');
    expect(count()).toHaveTextContent(/^12 formations trouvées$/);
    expect(within(count()).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Liste des formations' })).toHaveFocus();
    expect(listedIds().slice(0, 3)).toEqual([
      'management-hotelier',
      'management-hotelier-hebergement-et-reception',
      'management-hotelier-gestion-hoteliere',
    ]);
  });

  it('offers no correction for a word of four letters, in Arabic', async () => {
    const { user } = await renderApp(undefined, { route: '/programs?lang=ar' });
    const box = await screen.findByRole('searchbox', { name: 'البحث باسم الشعبة أو المهنة' });
    await user.type(box, 'حلاف');
    expect(count()).toHaveTextContent(/^لم يُعثر على أي شعبة$/);
    await user.clear(box);
    await user.type(box, 'البرجمة');
    expect(count()).toHaveTextContent(/هل المقصود: البرمجة$/);
    expect(within(count()).getByRole('button', { name: 'البحث عن «البرمجة»' })).toBeVisible();
  });

  it('searches Arabic without vowel marks, with the count in the right plural form', async () => {
    const { user } = await renderApp(undefined, { route: '/programs?lang=ar' });
    await user.type(
      await screen.findByRole('searchbox', { name: 'البحث باسم الشعبة أو المهنة' }),
      'تقني',
    );
    // Between 11 and 99, Arabic uses its "many" form: "… شعبةً".
    expect(count()).toHaveTextContent(/^تم العثور على \d\d شعبةً$/);
    expect(listedIds()).toContain('techniques-agricoles');
    expect(screen.getByRole('link', { name: 'التقنيات الفلاحية' })).toBeInTheDocument();
  });

  it('lists a region’s programs from their CMCs and places, and says what a region means', async () => {
    await renderApp(undefined, { route: '/programs?region=11&lang=en' });
    await screen.findByRole('heading', { level: 1, name: 'Training programmes' });
    const laayouneCmcs = new Set(cmcsRaw.filter((cmc) => cmc.region === '11').map((cmc) => cmc.id));
    const expected = programs
      .filter(
        (program) =>
          program.where.cmcs.some((id) => laayouneCmcs.has(id)) ||
          program.where.places.some((place) => place.region === '11'),
      )
      .map((program) => program.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(listedIds()).toEqual(expected);
    // One taught at the region's CMC, one at an institute the data places in the region.
    expect(listedIds()).toContain('transformation-des-produits-de-la-mer');
    expect(listedIds()).toContain('elevage-camelin');
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveAccessibleDescription(
      /only the programmes whose places of training Masari's data states/,
    );
  });
});

describe('sector overview', () => {
  it('shows every sector, priority first, and filters the list when one is chosen', async () => {
    const { user } = await renderApp(undefined, { route: '/programs?lang=en' });
    const section = await screen.findByRole('region', { name: 'Sectors' });
    const cards = within(section).getAllByRole('button');
    expect(cards).toHaveLength(17);
    expect(cards[0]).toHaveAccessibleName('Digital & AI 15 programmes');
    expect(cards[0]).toHaveAccessibleDescription(/^This sector builds and runs the digital tools/);
    expect(within(section).getAllByText('Season priority')).toHaveLength(6);
    expect(within(section).getByRole('button', { name: /^Health/ })).toHaveAccessibleName(
      'Health No programme in Masari yet',
    );

    const green = within(section).getByRole('button', { name: /^Green economy/ });
    await user.click(green);
    expect(green).toHaveAttribute('aria-pressed', 'true');
    expect(hash()).toBe('#/programs?lang=en&sector=green-economy');
    // Choosing a sector leads to its programs.
    expect(screen.getByRole('heading', { level: 2, name: 'Programmes' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Sector' })).toHaveValue('green-economy');
    const inSector = programs.filter((p) => p.sector === 'green-economy').map((p) => p.id);
    expect(listedIds()).toEqual(inSector);

    await user.click(green);
    expect(green).toHaveAttribute('aria-pressed', 'false');
    expect(hash()).toBe('#/programs?lang=en');
  });
});

describe('program page', () => {
  it('shows everything the data holds about a program that only third parties list', async () => {
    await renderApp(undefined, { route: '/programs/developpement-digital?lang=en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Digital Development' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Digital Development — Masari'));
    expect(screen.getByText(/^This programme teaches how to build websites/)).toBeInTheDocument();

    const facts = screen.getByRole('region', { name: 'Key facts' });
    expect(within(facts).getByText('Développement Digital')).toHaveAttribute('lang', 'fr');
    expect(within(facts).getByRole('link', { name: 'Digital & AI' })).toHaveAttribute(
      'href',
      '#/programs?lang=en&sector=digital-ai',
    );
    expect(within(facts).getByText('Specialised Technician')).toBeInTheDocument();
    expect(
      within(facts).getByText(/^A baccalaureate and an age of 30 at most/),
    ).toBeInTheDocument();
    expect(within(facts).getByText('usually 2 years')).toBeInTheDocument();
    expect(
      within(facts).getByText('No official source confirms this duration.'),
    ).toBeInTheDocument();
    expect(
      within(facts).getByText('OFPPT (Office for Vocational Training and Employment Promotion)'),
    ).toBeInTheDocument();
    expect(within(facts).queryByText('Entry condition')).not.toBeInTheDocument();

    const jobs = screen.getByRole('region', { name: 'Example jobs' });
    expect(
      within(jobs)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Web developer', 'Application developer', 'Web integrator', 'Software tester']);
    expect(
      within(screen.getByRole('region', { name: 'Key skills' })).getByText('Programming'),
    ).toBeInTheDocument();

    const where = screen.getByRole('region', { name: 'Where it is taught' });
    expect(within(where).getByText(/^Not stated in Masari's data/)).toBeInTheDocument();
    expect(within(where).getByRole('link', { name: /myway\.ac\.ma/ })).toHaveAttribute(
      'href',
      'https://www.myway.ac.ma/',
    );

    const options = screen.getByRole('region', { name: 'Options of this programme' });
    expect(
      within(options).getByRole('link', { name: 'Digital Development – Full-Stack Web option' }),
    ).toHaveAttribute('href', '#/programs/developpement-digital-web-full-stack?lang=en');

    const interests = screen.getByRole('region', { name: 'Interest profile' });
    const table = within(interests).getByRole('table', {
      name: 'Interest profile of this programme',
    });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(6);
    expect(within(table).getByRole('row', { name: /Conventional/ })).toHaveTextContent('77.2');
    expect(within(interests).getByText('15-1252.00')).toBeInTheDocument();
    expect(within(interests).getByText('Software Developers')).toHaveAttribute('lang', 'en');
    expect(within(interests).getByText('Computer Programmers')).toBeInTheDocument();

    // Four student repositories list it, and no official or press source: indicative.
    const status = screen.getByRole('region', { name: 'Status of the information' });
    expect(status).toHaveTextContent('Indicative');
    expect(status).not.toHaveTextContent('Verified');

    const sources = screen.getByRole('region', { name: 'Sources' });
    // Students' repositories are named as what they are, never as OFPPT's own publications.
    expect(
      within(sources).getByText(/^Programme list in the sign-up form of an app built by a student/),
    ).toBeInTheDocument();
    expect(
      within(sources).getByRole('link', { name: /built by students \(ista2ntic\)/ }),
    ).toHaveAttribute('href', 'https://github.com/codawmemb-source/ista2ntic');
    expect(within(sources).getAllByText(/third-party publication, not official/)).toHaveLength(4);

    const official = screen.getByRole('link', {
      name: /^Search the training institutions on myway\.ac\.ma/,
    });
    expect(official).toHaveAttribute('href', 'https://www.myway.ac.ma/');
    expect(official).toHaveAttribute('rel', 'noopener noreferrer');
    expect(official).toHaveAttribute('target', '_blank');

    const names = screen.getByRole('region', { name: 'Names in each language' });
    expect(within(names).getByText('التطوير الرقمي')).toHaveAttribute('dir', 'rtl');
  });

  it('says when an entry is indicative, where it is taught, and why its profile is rough', async () => {
    await renderApp(undefined, { route: '/programs/patron-de-peche?lang=fr' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Patron de pêche' }),
    ).toBeInTheDocument();
    const status = screen.getByRole('region', { name: 'Statut des informations' });
    expect(status).toHaveTextContent(/Indicatif.*ne confirment pas à la fois le nom et le niveau/);
    const where = screen.getByRole('region', { name: 'Lieux de formation' });
    // Only the institute the source names: not every institute of the department.
    expect(
      within(where)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Institut de technologie des pêches maritimes (ITPM) de Laâyoune (région Laâyoune-Sakia El Hamra)',
    ]);
    const facts = screen.getByRole('region', { name: "L'essentiel" });
    expect(within(facts).getByText('Département de la Pêche maritime')).toBeInTheDocument();
    expect(
      within(facts).getByText(/les ITPM \(instituts de technologie des pêches maritimes\)/),
    ).toBeInTheDocument();
    // No source says how to apply: the department's institutes, not the OFPPT portal.
    expect(screen.getByRole('region', { name: 'Comment candidater' })).toHaveTextContent(
      /gérées par les établissements du département de la Pêche maritime, et non sur myway\.ac\.ma/,
    );
    expect(
      screen.queryByRole('region', { name: 'Établissements et préinscription' }),
    ).not.toBeInTheDocument();
    const analogue = programs.find((p) => p.id === 'patron-de-peche')!.analogueNote!.fr;
    const interests = screen.getByRole('region', { name: "Profil d'intérêts" });
    expect(within(interests).getByRole('note')).toHaveTextContent(analogue);
    expect(
      screen.getByText('Les intitulés des métiers sont en anglais, tels que les publie O*NET.'),
    ).toBeInTheDocument();
  });

  it('says who runs a program outside OFPPT and how to apply, as its source states', async () => {
    await renderApp(undefined, { route: '/programs/itpm-technicien-machine?lang=en' });
    await screen.findByRole('heading', {
      level: 1,
      name: 'Marine Engineering Technician (Machine branch)',
    });
    const facts = screen.getByRole('region', { name: 'Key facts' });
    expect(within(facts).getByText('Department of Maritime Fisheries')).toBeInTheDocument();
    expect(
      within(facts).getByText(/the institute that runs this programme may set its own/),
    ).toBeInTheDocument();
    const apply = screen.getByRole('region', { name: 'How to apply' });
    expect(apply).toHaveTextContent(
      /^How to applyEntry to the ITPM institutes is by an entrance exam/,
    );
    expect(apply).toHaveTextContent(/Check the dates and conditions with the institute/);
    expect(within(apply).queryByRole('link')).not.toBeInTheDocument();
    // OFPPT's usual durations are not this operator's.
    expect(within(facts).queryByText('Duration')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /^Search the training institutions on myway\.ac\.ma/ }),
    ).not.toBeInTheDocument();
    const where = screen.getByRole('region', { name: 'Where it is taught' });
    expect(within(where).getAllByRole('listitem')).toHaveLength(5);
    expect(
      within(where).getByText(
        'Maritime Fisheries Technology Institute (ITPM), Safi (Marrakech-Safi region)',
      ),
    ).toBeInTheDocument();
  });

  it('names the CMC and its region, and explains a trade area', async () => {
    await renderApp(undefined, {
      route: '/programs/transformation-des-produits-de-la-mer?lang=en',
    });
    await screen.findByRole('heading', { level: 1, name: 'Seafood processing' });
    const where = screen.getByRole('region', { name: 'Where it is taught' });
    expect(
      within(where).getByText(
        'City of Trades and Skills Laâyoune-Sakia El Hamra: Laayoune, Laâyoune-Sakia El Hamra region',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Trade area')).toBeInTheDocument();
    expect(
      screen.getByText(
        'This entry describes an area of training whose exact programme names are not public.',
      ),
    ).toBeInTheDocument();
  });

  it('links an option to its parent program', async () => {
    await renderApp(undefined, { route: '/programs/arts-culinaires-cuisine-marocaine?lang=ar' });
    await screen.findByRole('heading', { level: 1, name: 'فنون الطبخ – خيار المطبخ المغربي' });
    expect(screen.getByRole('link', { name: 'فنون الطبخ' })).toHaveAttribute(
      'href',
      '#/programs/arts-culinaires?lang=ar',
    );
    expect(screen.getByText('سنتان في العادة')).toBeInTheDocument();
  });

  it('says clearly when no program has the id, with a way back to the list', async () => {
    await renderApp(undefined, { route: '/programs/no-such-program?lang=en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Programme not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No programme in Masari has the identifier “\u2068no-such-program\u2069”.',
    );
    expect(screen.getByRole('link', { name: 'See all the programmes' })).toHaveAttribute(
      'href',
      '#/programs?lang=en',
    );
  });

  it('goes back to the very list the user came from', async () => {
    const { user } = await renderApp(undefined, { route: '/programs?lang=en' });
    await user.type(
      await screen.findByRole('searchbox', { name: 'Search by programme name or job' }),
      'cuisine',
    );
    await user.click(screen.getByRole('link', { name: 'Culinary Arts – Moroccan Cuisine option' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Culinary Arts – Moroccan Cuisine option',
      }),
    ).toBeInTheDocument();
    expect(hash()).toBe('#/programs/arts-culinaires-cuisine-marocaine?lang=en');

    await user.click(screen.getByRole('link', { name: /Back to the programmes/ }));
    expect(
      await screen.findByRole('searchbox', { name: 'Search by programme name or job' }),
    ).toHaveValue('cuisine');
    expect(hash()).toBe('#/programs?lang=en&q=cuisine');
  });
});

describe('comparison', () => {
  it('takes up to three programs, refuses a fourth, and compares them in a table', async () => {
    const { user } = await renderApp(undefined, { route: '/programs?lang=en&q=cuisine' });
    await screen.findByRole('heading', { level: 1, name: 'Training programmes' });
    const box = (name: string) => screen.getByRole('checkbox', { name: `Compare ${name}` });

    await user.click(box('Culinary Arts – Moroccan Cuisine option'));
    await user.click(box('Culinary Arts'));
    await user.click(box('Catering Assistant'));
    expect(hash()).toBe(
      '#/programs?lang=en&q=cuisine&compare=arts-culinaires-cuisine-marocaine,arts-culinaires,agent-de-restauration',
    );
    const bar = screen.getByRole('region', { name: 'Comparison' });
    expect(bar).toHaveTextContent('3 of 3 chosen to compare');

    await user.click(box('Culinary Arts – Fine Dining Cuisine option'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'At most 3 programmes can be compared: remove one to add “Culinary Arts – Fine Dining Cuisine option”.',
    );
    expect(box('Culinary Arts – Fine Dining Cuisine option')).not.toBeChecked();
    expect(hash()).toContain(
      'compare=arts-culinaires-cuisine-marocaine,arts-culinaires,agent-de-restauration',
    );

    await user.click(box('Catering Assistant'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(box('Culinary Arts – Fine Dining Cuisine option'));
    expect(box('Culinary Arts – Fine Dining Cuisine option')).toBeChecked();

    await user.click(within(bar).getByRole('link', { name: 'Compare' }));
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Compare training programmes',
    });
    expect(heading).toHaveFocus();
    expect(hash()).toBe(
      '#/programs?lang=en&q=cuisine&compare=arts-culinaires-cuisine-marocaine,arts-culinaires,arts-culinaires-cuisine-gastronomique&view=compare',
    );
    const table = screen.getByRole('table', { name: 'The chosen programmes side by side' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Culinary Arts – Moroccan Cuisine option',
      'Culinary Arts',
      'Culinary Arts – Fine Dining Cuisine option',
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Level',
      'Duration',
      'Sector',
      'Run by',
      'Where it is taught',
      'Strongest interest types',
      'Status',
    ]);
    const level = within(table).getByRole('row', { name: /^Level/ });
    expect(
      within(level)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['Technician', 'Technician', 'Technician']);
    expect(within(table).getByRole('row', { name: /^Where it is taught/ })).toHaveTextContent(
      'Not stated',
    );

    await user.click(
      screen.getByRole('button', { name: 'Remove Culinary Arts from the comparison' }),
    );
    expect(within(table).getAllByRole('columnheader')).toHaveLength(2);
    expect(hash()).toBe(
      '#/programs?lang=en&q=cuisine&compare=arts-culinaires-cuisine-marocaine,arts-culinaires-cuisine-gastronomique&view=compare',
    );

    await user.click(screen.getByRole('link', { name: 'Back to the list' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Training programmes' }),
    ).toHaveFocus();
    expect(box('Culinary Arts – Moroccan Cuisine option')).toBeChecked();
  });

  it('opens a shared comparison in its language, with regions, operators and usual durations', async () => {
    await renderApp(undefined, {
      route:
        '/programs?compare=developpement-digital,patron-de-peche,not-a-program&view=compare&lang=fr',
    });
    const table = await screen.findByRole('table', { name: 'Les formations choisies côte à côte' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Développement Digital', 'Patron de pêche']);
    const duration = within(table).getByRole('row', { name: /^Durée/ });
    expect(
      within(duration)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['généralement 2 ans', 'Non précisé']);
    const where = within(table).getByRole('row', { name: /^Lieux de formation/ });
    expect(within(where).getAllByRole('cell')[0]).toHaveTextContent('Non précisé');
    expect(within(where).getAllByRole('cell')[1]).toHaveTextContent(/Laâyoune-Sakia El Hamra/);
    const operator = within(table).getByRole('row', { name: /^Géré par/ });
    expect(
      within(operator)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual([
      'OFPPT (Office de la Formation Professionnelle et de la Promotion du Travail)',
      'Département de la Pêche maritime',
    ]);
    const status = within(table).getByRole('row', { name: /^Statut/ });
    expect(
      within(status)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['Indicatif', 'Indicatif']);
  });

  it('says what to do when nothing is chosen', async () => {
    await renderApp(undefined, { route: '/programs?view=compare&lang=en' });
    expect(
      await screen.findByText(
        'No programme is chosen yet. In the list, tick “Compare” on up to three programmes.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
