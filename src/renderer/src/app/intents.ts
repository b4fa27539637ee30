// What an editor asks for, as the window hands it to the core: the details of an edit, a rename, a merge, a tag set.
import type { ClaimReview } from '../../../shared/annotation';
import type { StoredTag } from '../db/database';

/** An edit made in the inspector to one field of the annotation it shows. */
export type AnnotationEdit =
  /** `null` splits the mention off into a new entity of its own. */
  | { field: 'entity'; entityId: string | null }
  | { field: 'speaker'; speakerId: string | null }
  /** Only the fields the editor changed: they go onto the claim as last saved, not as the panel last showed it. */
  | { field: 'claim'; change: Partial<ClaimReview> }
  | { field: 'note'; note: string };

export interface RenameEntityDetail {
  entityId: string;
  name: string;
}

export interface MergeEntityDetail {
  sourceId: string;
  targetId: string;
}

/** The tag set as the editor saved it in the tag editor. */
export interface SaveTagsDetail {
  tags: StoredTag[];
  /** For each deleted tag in use, the tag its annotations move to. */
  moveTo: Record<string, string>;
}
