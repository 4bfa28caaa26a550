/**
 * The organisation candidates findEntities produces (lib/entities/index.ts, `entityCandidates`)
 * for the silver-labelled articles (scripts/lens-model/silver-labels.jsonl) and the gold articles
 * (../shared/data/perspectives-gold), with their features and the labels each candidate gets by
 * the reference scorer's name match (scripts/eval/gold/entities-score.ts, `nameMatch`): `all`
 * (names one the annotator listed as an organisation) and `top` (one of the annotator's top 5).
 * Written as JSONL, one article a line, read by train.ts. Articles are processed one at a time.
 *
 * Each article's proposals (lib/entities/org-proposer.ts: untagged capitalised runs) are written
 * with their features and a label by strictMatch. With `--proposer weights.json --threshold t`
 * (train.ts --write) the proposals that model takes become organisations before the candidates
 * are read; `--gold-only` stops after the gold articles; `--german-gazetteer` applies the
 * gazetteer pass to German text too (candidates it adds are marked `extra`).
 *
 *   npx tsx scripts/entities-model/candidates.ts --data ../shared/data --out /tmp/org-candidates.jsonl
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ENTITY_SENTENCES, head } from '../../lib/analyze';
import { entityCandidates } from '../../lib/entities';
import { orgProposals, withProposedOrganisations } from '../../lib/entities/org-proposer';
import { orgFeatures, type OrgModel } from '../../lib/entities/org-ranker';
import { nameKey, nameMatch } from '../eval/gold/entities-score';
import { loadGold, type GoldLabel } from '../eval/gold/load';
import { analysisOf, extractedInput } from '../eval/gold/prepare';
import { partOf } from '../eval/split';
import { readSilverLabelFiles } from '../lens-model/silver-labels';
import { silverCandidates } from '../lens-model/silver-sources';

export interface CandidateRow {
  name: string;
  ruleKept: boolean;
  /** Found only with the gazetteer pass on German text (`entityCandidates`' germanGazetteer). */
  extra?: boolean;
  features: number[];
  /** Per annotator: names one of its organisations (`organizations_all` or `organizations`). */
  all: boolean[];
  /** Per annotator: the index in its top 5 it matches, or -1. */
  top: number[];
}

export interface ProposalRow {
  text: string;
  features: number[];
  /** Names one of the annotators' organisations, by strictMatch. */
  y: boolean;
}

/**
 * A proposal's label: the same name as the annotator's (the scorer's name key), its acronym, or a
 * German inflected form of it (`Grünen` ~ `Grüne`). Stricter than the scorer's `nameMatch`, which
 * lets one word stand for any name it is part of (`Wien` ~ `Universität Wien`).
 */
export function strictMatch(shown: string, gold: string): boolean {
  const a = nameKey(shown).join(' ');
  const b = nameKey(gold).join(' ');
  if (!a || !b) return false;
  if (a === b) return true;
  const stem = (x: string) => x.replace(/(?:es|en|e|n|s)$/u, '');
  if (stem(a) === stem(b) && Math.abs(a.length - b.length) <= 2) return true;
  const inParens = /\(([^)]*)\)/u.exec(gold)?.[1];
  if (inParens && nameKey(inParens).join(' ') === a) return true;
  const words = b.split(' ');
  return (
    a.length >= 2 && !a.includes(' ') && words.length > 1 && words.map((w) => w[0]).join('') === a
  );
}

export interface CandidateArticle {
  id: string;
  lang: string;
  set: 'silver' | 'gold';
  part?: 'tuning' | 'check';
  candidates: CandidateRow[];
  /** Per annotator: the size of its top 5 (what recall divides by). */
  topSize: number[];
  /** Per annotator: its top 5, for the recall of a list (a gold name may match no candidate). */
  tops: string[][];
  /** Per annotator: every organisation it listed. */
  alls: string[][];
  proposals: ProposalRow[];
}

type OrgLabel = Pick<GoldLabel, 'organizations' | 'organizations_all' | 'people' | 'people_all'>;

let germanGazetteer = false;
let proposalThreshold: number | undefined;
/** Proposer models by language (train.ts --write), applied at proposalThreshold. */
let proposer: Record<string, OrgModel> | null = null;

function candidateArticle(
  id: string,
  set: CandidateArticle['set'],
  input: Record<string, unknown>,
  labels: readonly OrgLabel[],
): CandidateArticle | null {
  const article = extractedInput(input);
  if (!article) return null;
  const a = analysisOf(article);
  const text = head(a.prepared, ENTITY_SENTENCES);
  const summary = new Set(a.indices);
  const model = proposer?.[text.lang];
  const c = entityCandidates(text, {
    germanGazetteer,
    ...(model
      ? {
          propose: (words, tags) =>
            withProposedOrganisations(
              tags,
              orgProposals(words, tags, text.lang, text.title.toLowerCase()),
              model,
              proposalThreshold ?? 0.5,
            ),
        }
      : {}),
  });
  const proposals = orgProposals(
    c.rows.map((r) => r.words),
    c.rows.map((r) => r.tags),
    c.lang,
    c.titleLower,
  );
  const plain =
    text.lang === 'de'
      ? new Set(entityCandidates(text).organizations.map((o) => o.group.name))
      : null;
  const alls = labels.map((l) => [...l.organizations_all, ...l.organizations]);
  const tops = labels.map((l) => l.organizations.slice(0, 5));
  return {
    id,
    lang: a.prepared.lang,
    set,
    ...(set === 'gold' ? { part: partOf(id) } : {}),
    candidates: c.organizations.map((o) => ({
      name: o.group.name,
      ruleKept: o.ruleKept,
      ...(plain && !plain.has(o.group.name) ? { extra: true } : {}),
      features: orgFeatures(o.group, {
        lang: c.lang,
        titleLower: c.titleLower,
        sentenceCount: c.sentenceCount,
        summary,
        evidenced: o.evidenced,
        aloneFirst: o.aloneFirst,
      }).map((x) => Math.round(x * 1e4) / 1e4),
      all: alls.map((list) => list.some((g) => nameMatch(o.group.name, g))),
      top: tops.map((list) => list.findIndex((g) => nameMatch(o.group.name, g))),
    })),
    proposals: proposals.map((p) => ({
      text: p.text,
      features: p.features.map((x) => Math.round(x * 1e4) / 1e4),
      y:
        alls.some((list) => list.some((g) => strictMatch(p.text, g))) &&
        !labels.some((l) => [...l.people_all, ...l.people].some((g) => strictMatch(p.text, g))),
    })),
    topSize: tops.map((t) => t.length),
    tops,
    alls,
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: '../shared/data' },
      out: { type: 'string', default: '/tmp/org-candidates.jsonl' },
      'gold-only': { type: 'boolean', default: false },
      'german-gazetteer': { type: 'boolean', default: false },
      /** A proposer's weights (train.ts --write) and the probability a proposal needs. */
      proposer: { type: 'string' },
      threshold: { type: 'string' },
    },
  });
  germanGazetteer = values['german-gazetteer']!;
  proposalThreshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (values.proposer)
    proposer = JSON.parse(readFileSync(values.proposer, 'utf8')) as Record<string, OrgModel>;
  const dataDir = path.resolve(values.data!);
  // Written line by line as articles are done (a write stream would hold every line until the end).
  const fd = openSync(values.out!, 'w');
  const out = { write: (line: string) => writeSync(fd, line), end: () => closeSync(fd) };
  const gold = loadGold(dataDir);
  let n = 0;
  for (const g of gold) {
    const row = candidateArticle(g.id, 'gold', g.input, g.labels);
    if (row) out.write(JSON.stringify(row) + '\n');
  }
  if (values['gold-only']) {
    out.end();
    return;
  }
  const files = readSilverLabelFiles();
  const inputs = new Map(
    silverCandidates(
      dataDir,
      gold.map((g) => g.id),
    ).map((c) => [c.id, c.input]),
  );
  for (const f of files) {
    const input = inputs.get(f.id);
    inputs.delete(f.id);
    if (!input) continue;
    const row = candidateArticle(f.id, 'silver', input, [f]);
    if (row) out.write(JSON.stringify(row) + '\n');
    if (++n % 100 === 0) console.error(`${n} silver articles`);
  }
  inputs.clear();
  out.end();
  console.error(`${gold.length} gold, ${n} silver articles → ${values.out}`);
}

if (process.argv[1]?.endsWith('candidates.ts')) main();
