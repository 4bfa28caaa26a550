/**
 * Training the section model (`./sections.ts`): multinomial naive Bayes with add-one smoothing
 * (Manning, Raghavan & Schütze 2008, ch. 13), its vocabulary cut to the prefixes that tell the
 * sections apart most (largest spread of log likelihood across sections, weighted by frequency),
 * so the shipped model stays small.
 */
import { prefixes, SECTIONS, type Section, type SectionModel } from './sections';

export interface LabelledText {
  lang: string;
  section: Section;
  text: string;
}

export function trainSections(docs: readonly LabelledText[], vocabularySize: number): SectionModel {
  const languages: SectionModel['languages'] = {};
  for (const lang of [...new Set(docs.map((d) => d.lang))]) {
    const mine = docs.filter((d) => d.lang === lang);
    const counts = new Map<string, number[]>();
    const docCount = SECTIONS.map(() => 0);
    const total = SECTIONS.map(() => 0);
    for (const d of mine) {
      const c = SECTIONS.indexOf(d.section);
      docCount[c]++;
      for (const w of prefixes(d.text)) {
        let row = counts.get(w);
        if (!row) counts.set(w, (row = SECTIONS.map(() => 0)));
        row[c]++;
        total[c]++;
      }
    }
    const v = counts.size;
    const logLik = (row: number[]) => row.map((n, c) => Math.log((n + 1) / (total[c] + v)));
    const ranked = [...counts.entries()]
      .filter(([, row]) => row.reduce((a, b) => a + b, 0) >= 3)
      .map(([w, row]) => {
        const l = logLik(row);
        const spread = Math.max(...l) - Math.min(...l);
        return { w, l, weight: spread * Math.log1p(row.reduce((a, b) => a + b, 0)) };
      })
      .sort((a, b) => b.weight - a.weight || (a.w < b.w ? -1 : 1))
      .slice(0, vocabularySize);
    const round = (x: number) => Math.round(x * 1000) / 1000;
    const n = mine.length;
    languages[lang] = {
      prior: docCount.map((k) => round(Math.log((k + 1) / (n + SECTIONS.length)))),
      unseen: total.map((t) => round(Math.log(1 / (t + v)))),
      words: Object.fromEntries(ranked.map(({ w, l }) => [w, l.map(round)])),
    };
  }
  return { languages };
}
