// What the interface calls each claim status: the list's filter, the inspector, the header's counts and announcements.
import type { ClaimStatus } from '../../shared/annotation';

export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  unverified: 'Unverified',
  verified: 'Verified',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};
