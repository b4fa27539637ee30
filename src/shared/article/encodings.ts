// The text encodings an editor can choose between, with the names shown for them.
import { msg } from '@lit/localize';

export interface EncodingChoice {
  /** WHATWG encoding label, as TextDecoder takes it. */
  label: string;
  /** What an editor sees in the encoding menu, in the interface's language. */
  readonly name: string;
}

export const ENCODING_CHOICES: readonly EncodingChoice[] = [
  { label: 'utf-8', name: 'UTF-8' },
  {
    label: 'windows-1251',
    get name() {
      return msg('Windows-1251 (Cyrillic)');
    },
  },
  { label: 'koi8-r', name: 'KOI8-R' },
  {
    label: 'ibm866',
    get name() {
      return msg('CP866 (DOS Cyrillic)');
    },
  },
  { label: 'iso-8859-5', name: 'ISO-8859-5' },
  {
    label: 'x-mac-cyrillic',
    get name() {
      return msg('Mac Cyrillic');
    },
  },
  { label: 'utf-16le', name: 'UTF-16 LE' },
  { label: 'utf-16be', name: 'UTF-16 BE' },
  {
    label: 'windows-1252',
    get name() {
      return msg('Windows-1252 (Western)');
    },
  },
];

export function encodingName(label: string): string {
  return ENCODING_CHOICES.find((choice) => choice.label === label)?.name ?? label;
}
