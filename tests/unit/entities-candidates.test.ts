/**
 * Issue 16, session 8: the organisation candidates findEntities chooses from (entityCandidates),
 * the features a learned filter reads (org-ranker.ts), the proposer's untagged capitalised runs
 * (org-proposer.ts) and the training script's pieces (scripts/entities-model/). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { entityCandidates, findEntities } from '../../lib/entities';
import { ORG_FEATURES, orgFeatures, orgProbability } from '../../lib/entities/org-ranker';
import {
  orgProposals,
  PROPOSAL_FEATURES,
  withProposedOrganisations,
} from '../../lib/entities/org-proposer';
import type { EntityTag } from '../../lib/entities/labels';
import { strictMatch } from '../../scripts/entities-model/candidates';
import { fitLogistic } from '../../scripts/entities-model/train';
import { preparedSentences } from '../support/prepared-sentences';

const ARTICLE = [
  'She worked for Brindle Analytics in Leeds until last year .',
  'Brindle Analytics declined to comment on her departure .',
  'Quorvane Energy , a battery maker from Oslo , hired her in May .',
  'She now runs a bakery in York with her brother .',
];

describe('entityCandidates', () => {
  it('gives findEntities its organisations: the ones the rules keep, in salience order', () => {
    const p = preparedSentences('en', 'Brindle Analytics loses a manager', ARTICLE);
    const c = entityCandidates(p);
    const kept = c.organizations.filter((o) => o.ruleKept).map((o) => o.group.name);
    const shown = findEntities(p).organizations.map((o) => o.name);
    expect([...shown].sort()).toEqual([...kept].sort());
  });

  it('hands its tags to a proposer hook, whose organisations join the candidates', () => {
    const p = preparedSentences('en', '', ARTICLE);
    const plain = entityCandidates(p);
    expect(plain.organizations.some((o) => o.group.name === 'Leeds')).toBe(false);
    const withHook = entityCandidates(p, {
      propose: (words, tags) =>
        tags.map((row, r) => row.map((t, i) => (words[r][i] === 'Leeds' ? 'B-ORG' : t))),
    });
    expect(withHook.rows[0].tags).toEqual(plain.rows[0].tags);
    expect(withHook.organizations.some((o) => o.group.name === 'Leeds')).toBe(true);
  });

  it('describes each candidate by the filter features', () => {
    const p = preparedSentences('en', 'Brindle Analytics loses a manager', ARTICLE);
    const c = entityCandidates(p);
    const brindle = c.organizations.find((o) => o.group.name === 'Brindle Analytics');
    expect(brindle).toBeDefined();
    const features = orgFeatures(brindle!.group, {
      lang: c.lang,
      titleLower: c.titleLower,
      sentenceCount: c.sentenceCount,
      summary: new Set([0]),
      evidenced: brindle!.evidenced,
      aloneFirst: brindle!.aloneFirst,
    });
    const f = Object.fromEntries(ORG_FEATURES.map((n, i) => [n, features[i]]));
    expect(f['log mentions']).toBeCloseTo(Math.log(3));
    expect(f['in title']).toBe(1);
    expect(f['in lead']).toBe(1);
    expect(f['one word']).toBe(0);
    expect(f['opening share']).toBe(0.5);
    expect(brindle!.group.openings).toBe(1);
  });
});

describe('orgProposals', () => {
  const rows = [
    ['Die', 'Partei', 'sagte', ',', 'die', 'Zorbelwerke', 'GmbH', 'habe', 'verkauft', '.'],
    ['Auch', 'die', 'Zorbelwerke', 'GmbH', 'schwieg', 'zu', 'Nachrichten', '.'],
  ];
  const tags: EntityTag[][] = rows.map((r) => r.map(() => 'O' as const));

  it('groups every untagged capitalised run (stop words left out) by its text', () => {
    const ps = orgProposals(rows, tags, 'de', '');
    const zorbel = ps.find((p) => p.text === 'Zorbelwerke GmbH');
    expect(zorbel?.at).toEqual([
      { row: 0, start: 5, end: 7 },
      { row: 1, start: 2, end: 4 },
    ]);
    const f = Object.fromEntries(PROPOSAL_FEATURES.map((n, i) => [n, zorbel!.features[i]]));
    expect(f['legal form']).toBe(1);
    expect(f['after article share']).toBe(1);
    expect(f['before lower-case share']).toBe(1);
    expect(ps.some((p) => p.words[0] === 'Die' || p.words[0] === 'Auch')).toBe(false);
  });

  it('marks the proposals a model takes as organisations, and no others', () => {
    const ps = orgProposals(rows, tags, 'de', '');
    const legalForm = PROPOSAL_FEATURES.indexOf('legal form');
    const weights = PROPOSAL_FEATURES.map((_, i) => (i === legalForm ? 10 : 0));
    const out = withProposedOrganisations(tags, ps, { bias: -5, weights }, 0.5);
    expect(out[0].slice(5, 7)).toEqual(['B-ORG', 'I-ORG']);
    expect(out[1].slice(2, 4)).toEqual(['B-ORG', 'I-ORG']);
    expect(out[1][6]).toBe('O');
    expect(withProposedOrganisations(tags, ps, undefined, 0.5)).toEqual(tags);
  });
});

describe('training pieces', () => {
  it('fits a logistic model that separates a separable feature', () => {
    const xs = [[0], [0], [0], [1], [1], [1]];
    const ys = [0, 0, 1, 1, 1, 0].map((_, i) => (i < 3 ? 0 : 1));
    const m = fitLogistic(xs, ys, 1e-2);
    expect(orgProbability(m, [1])).toBeGreaterThan(0.8);
    expect(orgProbability(m, [0])).toBeLessThan(0.2);
  });

  it.each([
    ['Zorbel Group', 'Zorbel Group', true],
    ['Grünen', 'Grüne', true],
    ['ZG', 'Zorbel Group', true],
    ['ZG', 'Zorbel Group (ZG)', true],
    // The scorer lets one word stand for a longer name; a label does not.
    ['Leeds', 'University of Leeds', false],
  ])('strictMatch(%s, %s) → %s', (shown, gold, expected) => {
    expect(strictMatch(shown, gold)).toBe(expected);
  });
});
