import { programs, sectors } from '@/data/catalogue';
import type { LevelId, SchoolLevelId } from '@/data/ids';
import { levels } from '@/data/levels';
import { rankPrograms, rankSectors, type Fit, type RankableProgram } from '@/domain/matching';
import { PRECISION } from '@/domain/precision';
import { fitBand, readProfile, writeCode, type Band, type ProfileReading } from '@/domain/reading';
import { participantCode, precisionSource, type Participant } from './session';

/**
 * What the group view and the CSV show of a participant: what the participant saw on their own
 * results screen (the profile code read within their source's precision, the notice, the first
 * sectors and programs with their bands, ranked on what their school level opens), as ids and
 * numbers. Names come from the dataset and the translations, on screen.
 */

/** What the rankings are made from; the bundled dataset by default, a small one in tests. */
export interface Catalogue {
  programs: readonly RankableProgram[];
  /** Every sector id, in the dataset's order. */
  sectorIds: readonly string[];
  /** The training levels each school level opens (`levels.json`); all levels count without one. */
  opensTo: (level: SchoolLevelId) => readonly LevelId[] | undefined;
}

const sectorIds = sectors.map((sector) => sector.id);
const opensTo = new Map(levels.schoolLevels.map((school) => [school.id, school.opensTo]));

/** The bundled dataset: every program and sector, and `levels.json`'s school levels. */
export const bundledCatalogue: Catalogue = {
  programs,
  sectorIds,
  opensTo: (level) => opensTo.get(level),
};

/** A ranked sector or program, with its fit in words as the participant read it. */
export interface RankedEntry {
  id: string;
  /** 0–100, as in `data-fit`. */
  fit: Fit;
  band: Band;
}

/** A participant's results in ids and numbers (see `summarizeParticipant`). */
export interface ParticipantSummary {
  /** The share code, 13 bare symbols (`formatShareCode` to show it). */
  code: string;
  reading: ProfileReading;
  /** The profile code as written on the results: `writeCode(reading.code)`. */
  profileCode: string;
  /** The first sectors, best first (at most `top`). */
  sectors: RankedEntry[];
  /** The first programs, best first (at most `top`). */
  programs: RankedEntry[];
}

/**
 * Summarises one participant as their results screen showed them: `readProfile` with
 * `PRECISION[precisionSource(source)]` (a share code with the quick form's), `rankSectors` and
 * `rankPrograms` limited to what their school level opens when it is known, bands from
 * `fitBand(fit, notice)`. Pure and deterministic; `top` (default 3) caps both lists.
 *
 * Invariants: `sectors` and `programs` are the heads of the full rankings, in order; no band is
 * `strong` when the reading has a notice.
 */
export function summarizeParticipant(
  participant: Pick<Participant, 'scores' | 'source' | 'schoolLevel'>,
  { catalogue = bundledCatalogue, top = 3 }: { catalogue?: Catalogue; top?: number } = {},
): ParticipantSummary {
  const reading = readProfile(participant.scores, PRECISION[precisionSource(participant.source)]);
  const eligibleLevels =
    participant.schoolLevel === null ? undefined : catalogue.opensTo(participant.schoolLevel);
  const band = ({ id, fit }: { id: string; fit: Fit }): RankedEntry => ({
    id,
    fit,
    band: fitBand(fit, reading.notice),
  });
  return {
    code: participantCode(participant),
    reading,
    profileCode: writeCode(reading.code),
    sectors: rankSectors(participant.scores, catalogue.sectorIds, catalogue.programs, {
      eligibleLevels,
    })
      .slice(0, top)
      .map(band),
    programs: rankPrograms(participant.scores, catalogue.programs, { eligibleLevels })
      .slice(0, top)
      .map(band),
  };
}
