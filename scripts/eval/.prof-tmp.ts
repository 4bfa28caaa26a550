import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHtml } from './extraction-shared';
import { extractArticle } from '../../lib/extract/index';
import { pageMetadata } from '../../lib/extract/metadata';
const dir = '/work/shared/data/article-extraction-benchmark';
const truth = JSON.parse(readFileSync(dir + '/ground-truth.json', 'utf8'));
const ids = Object.keys(truth).sort().slice(0, 40);
const t: Record<string, number[]> = {};
const add = (k: string, v: number) => (t[k] ??= []).push(v);
for (const id of ids) {
  const html = gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8');
  const doc = parseHtml(html, truth[id].url);
  let a = performance.now(); isProbablyReaderable(doc); add('readerable', performance.now() - a);
  a = performance.now(); const c = doc.cloneNode(true) as Document; add('clone', performance.now() - a);
  a = performance.now(); new Readability(c).parse(); add('parseClone', performance.now() - a);
  a = performance.now(); pageMetadata(doc); add('meta', performance.now() - a);
  a = performance.now(); extractArticle(doc, { force: true }); add('ours', performance.now() - a);
  a = performance.now(); new Readability(doc).parse(); add('parseOrig', performance.now() - a);
}
const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
for (const [k, v] of Object.entries(t)) console.log(k, med(v).toFixed(1), (v.reduce((a, b) => a + b) / v.length).toFixed(1));
