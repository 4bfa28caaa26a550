/**
 * The tag set. The tagger is trained on GermEval 2014's four classes (Benikova et al. 2014,
 * "NoSta-D Named Entity Annotation for German") so it can tell a place or a work title from a
 * person; Kontext only reports PER and ORG and maps LOC and OTH to `O` on output.
 */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-OTH', 'I-OTH'] as const;
export type Label = (typeof LABELS)[number];
export type EntityTag = 'B-PER' | 'I-PER' | 'B-ORG' | 'I-ORG' | 'O';

/** `I-X` may only follow `B-X` or `I-X` (BIO encoding, Ramshaw & Marcus 1995). */
export function allowed(prev: number, next: number): boolean {
  const n = LABELS[next];
  if (!n.startsWith('I-')) return true;
  if (prev < 0) return false;
  return LABELS[prev].slice(2) === n.slice(2) && LABELS[prev] !== 'O';
}

export function toEntityTag(label: Label): EntityTag {
  return label.endsWith('PER') || label.endsWith('ORG') ? (label as EntityTag) : 'O';
}
