import type { SeasonFile } from './schemas';
import raw from './season.json';

/** The season's figures as OFPPT announced them (validated by `npm run data:check`). */
export const season = raw as unknown as SeasonFile;
