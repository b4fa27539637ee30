// What the interface calls each claim status: the list's filter, the inspector, the header's counts and announcements.
// The statuses' ids stay as they are in exports; only their names follow the interface's language.
import { msg, str } from '@lit/localize';
import type { ClaimStatus } from '../../shared/annotation';
import { formatNumber } from '../../shared/i18n/formatting';
import { interfaceLanguage } from '../../shared/i18n/localization';

const LABELS: Readonly<Record<ClaimStatus, () => string>> = {
  unverified: () => msg('Unverified', { id: 'claim-status.unverified' }),
  verified: () => msg('Verified', { id: 'claim-status.verified' }),
  false: () => msg('False', { id: 'claim-status.false' }),
  misleading: () => msg('Misleading', { id: 'claim-status.misleading' }),
  unverifiable: () => msg('Unverifiable', { id: 'claim-status.unverifiable' }),
};

/** `Verified`, `Верно`: the status on its own, as a choice. */
export function claimStatusLabel(status: ClaimStatus): string {
  return LABELS[status]();
}

/** `verified`, `верно`: the status inside a sentence. */
export function claimStatusWord(status: ClaimStatus): string {
  return claimStatusLabel(status).toLocaleLowerCase(interfaceLanguage());
}

/** The annotation filter's choice of claims with one status: `Verified claims`. */
export function claimStatusFilterLabel(status: ClaimStatus): string {
  const label = claimStatusLabel(status);
  return msg(str`${label} claims`, { id: 'claim-status.filter' });
}

/** One status's count in the article's summary: `2 unverified`, `2 не проверено`. */
export function claimStatusCount(status: ClaimStatus, count: number): string {
  return `${formatNumber(count)} ${claimStatusWord(status)}`;
}
