// The morphological analyser as the library worker has it, for Node: Az.js with its dictionary read from disk.
import { fileURLToPath } from 'node:url';
import Az from 'az';
import { azMorphology } from '../../src/shared/suggestions/az-morphology';
import type { Morphology } from '../../src/shared/suggestions/morphology';

const DICTIONARY = fileURLToPath(new URL('../../node_modules/az/dicts', import.meta.url));

let loaded: Promise<Morphology> | null = null;

export function loadMorphology(): Promise<Morphology> {
  loaded ??= new Promise((resolve, reject) => {
    Az.Morph.init(DICTIONARY, (error, morph) => {
      if (error) reject(error instanceof Error ? error : new Error('Az.js could not read its dictionary'));
      else resolve(azMorphology(morph));
    });
  });
  return loaded;
}
