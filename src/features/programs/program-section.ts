import type { Program } from '@/data/schemas';
import type { ProgramText } from './program-text';

/** What every section of the program page is given: the program, and the words for it. */
export interface ProgramSectionProps {
  program: Program;
  text: ProgramText;
}

/** Outside OFPPT, the official portal neither lists the program nor handles its admissions. */
export function byOfppt(program: Program): boolean {
  return program.operator === 'ofppt';
}
