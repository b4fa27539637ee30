// The suggestions' worker: Az.js with OpenCorpora's dictionary (11 MB, fetched from the app's own files once, when the
// first article asks), and the rules of src/shared/suggestions. Nothing here touches the library.
import { msg } from '@lit/localize';
import Az from 'az';
import { useInterfaceLanguage } from '../../../shared/i18n/localization';
import type { InLanguage } from '../workers/worker-connection';
import grammemes from 'az/dicts/grammemes.json?url';
import gramtabExternal from 'az/dicts/gramtab-opencorpora-ext.json?url';
import gramtabInternal from 'az/dicts/gramtab-opencorpora-int.json?url';
import probabilities from 'az/dicts/p_t_given_w.intdawg?url';
import paradigms from 'az/dicts/paradigms.array?url';
import suffixes0 from 'az/dicts/prediction-suffixes-0.dawg?url';
import suffixes1 from 'az/dicts/prediction-suffixes-1.dawg?url';
import suffixes2 from 'az/dicts/prediction-suffixes-2.dawg?url';
import suffixes from 'az/dicts/suffixes.json?url';
import words from 'az/dicts/words.dawg?url';
import { azMorphology } from '../../../shared/suggestions/az-morphology';
import type { Morphology } from '../../../shared/suggestions/morphology';
import { suggestAnnotations } from '../../../shared/suggestions/suggest';
import type { SuggestRequest, SuggestResponse } from './suggest-messages';

/** The dictionary's files by the names Az.js asks for, each where the build put it. */
const DICTIONARY: Readonly<Record<string, string>> = {
  'grammemes.json': grammemes,
  'gramtab-opencorpora-ext.json': gramtabExternal,
  'gramtab-opencorpora-int.json': gramtabInternal,
  'p_t_given_w.intdawg': probabilities,
  'paradigms.array': paradigms,
  'prediction-suffixes-0.dawg': suffixes0,
  'prediction-suffixes-1.dawg': suffixes1,
  'prediction-suffixes-2.dawg': suffixes2,
  'suffixes.json': suffixes,
  'words.dawg': words,
};

// Az.js reads its files with an XMLHttpRequest that never reports a failure; this fetch does.
Az.load = (url, responseType, callback) => {
  const address = DICTIONARY[url.slice(url.lastIndexOf('/') + 1)];
  if (!address) {
    callback(new Error(`The dictionary has no file ${url}`));
    return;
  }
  fetch(address)
    .then(async (response) => {
      if (!response.ok) throw new Error(`${url} could not be read (${response.status})`);
      callback(null, responseType === 'json' ? await response.json() : await response.arrayBuffer());
    })
    .catch((error: unknown) => {
      callback(error);
    });
};

let morphology: Promise<Morphology> | null = null;

function loadMorphology(): Promise<Morphology> {
  morphology ??= new Promise((resolve, reject) => {
    Az.Morph.init('dicts', (error, morph) => {
      if (error) reject(error instanceof Error ? error : new Error('the dictionary could not be read'));
      else resolve(azMorphology(morph));
    });
  });
  // A failed load is tried again by the next article rather than remembered.
  morphology.catch(() => {
    morphology = null;
  });
  return morphology;
}

self.addEventListener('message', (event: MessageEvent<SuggestRequest & InLanguage>) => {
  const { id, input, language } = event.data;
  useInterfaceLanguage(language);
  loadMorphology().then(
    (loaded) => {
      const response: SuggestResponse = { id, ok: true, suggestions: suggestAnnotations(input, loaded) };
      self.postMessage(response);
    },
    (error: unknown) => {
      const response: SuggestResponse = {
        id,
        ok: false,
        problem: error instanceof Error ? error.message : msg('the dictionary could not be read'),
      };
      self.postMessage(response);
    },
  );
});
