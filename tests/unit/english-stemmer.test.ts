import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { newStemmer } from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { stemEnglish } from '../../lib/text/english-stemmer';
import { words } from '../../lib/text/words';

const snowball = newStemmer('english');

/** Roots of every shape the algorithm cares about: short syllables, y after vowels, doubles, li-endings. */
const ROOTS = [
  'hop', 'hope', 'run', 'fit', 'tap', 'plan', 'stop', 'agree', 'feed', 'need', 'proceed', 'cry',
  'say', 'play', 'toy', 'by', 'yes', 'yell', 'ayy', 'sky', 'die', 'tie', 'lie', 'gener', 'commun',
  'arsen', 'nation', 'ration', 'relate', 'condition', 'sensit', 'rational', 'hope', 'centr',
  'communit', 'abil', 'poss', 'critic', 'electr', 'formal', 'happ', 'dark', 'quick', 'real',
  'bright', 'gentl', 'logi', 'analog', 'theolog', 'adopt', 'adjust', 'depend', 'employ', 'govern',
  'report', 'invest', 'develop', 'inn', 'out', 'earr', 'herr', 'cann', 'succeed', 'exceed', 'bus',
  'gas', 'kiwi', 'ski', 'news', 'bias', 'atlas', 'caress', 'pony', 'ti', 'i', 'x', 'wax', 'bow',
  'crow', 'fizz', 'troubl', 'siz', 'filing', 'controll', 'roll', 'fall', 'skill', 'à', 'naïv', '3d',
  'covid', 'mp3', 'über', 'café',
]; // prettier-ignore
const SUFFIXES = [
  '', 's', 'es', 'ies', 'ied', 'ss', 'sses', 'us', "'s", "'", "'s'", 'ed', 'eed', 'edly', 'eedly',
  'ing', 'ingly', 'y', 'ly', 'li', 'ness', 'ful', 'fully', 'fulness', 'less', 'lessly', 'ous',
  'ously', 'ousness', 'ive', 'ively', 'iveness', 'ivity', 'ize', 'izer', 'ization', 'ise', 'ate',
  'ation', 'ational', 'ator', 'ative', 'al', 'ally', 'alism', 'ality', 'alize', 'able', 'ably',
  'ability', 'ible', 'ibly', 'ic', 'ical', 'icate', 'icity', 'ance', 'ancy', 'ence', 'ency', 'ent',
  'ently', 'ement', 'ment', 'ant', 'ism', 'ist', 'er', 'ion', 'sion', 'tion', 'tional', 'ogy',
  'ogi', 'e', 'le', 'll', 'bli', 'abli', 'alli', 'entli', 'ousli', 'ies',
]; // prettier-ignore

function fixtureWords(): string[] {
  const dir = path.join(__dirname, '..', 'fixtures');
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.includes('-en')) continue;
    for (const file of readdirSync(path.join(dir, name))) {
      if (!/\.(html|txt|json)$/.test(file)) continue;
      out.push(...words(readFileSync(path.join(dir, name, file), 'utf8')));
    }
  }
  return out.flatMap((w) => w.toLowerCase().split(/[-‐‑’]/));
}

describe('stemEnglish (Snowball English, port)', () => {
  it('gives the stems of the published algorithm on its sample words', () => {
    // https://snowballstem.org/algorithms/english/stemmer.html, "consign" … "knightly" examples.
    const pairs: [string, string][] = [
      ['consign', 'consign'], ['consigned', 'consign'], ['consigning', 'consign'],
      ['consignment', 'consign'], ['consist', 'consist'], ['consisted', 'consist'],
      ['consistency', 'consist'], ['consistent', 'consist'], ['consistently', 'consist'],
      ['consisting', 'consist'], ['consists', 'consist'], ['consolation', 'consol'],
      ['consolations', 'consol'], ['consolatory', 'consolatori'], ['console', 'consol'],
      ['knack', 'knack'], ['knackeries', 'knackeri'], ['knavish', 'knavish'], ['kneaded', 'knead'],
      ['knees', 'knee'], ['knell', 'knell'], ['knights', 'knight'], ['knightly', 'knight'],
      ['generously', 'generous'], ['skies', 'sky'], ['dying', 'die'], ['news', 'news'],
    ]; // prettier-ignore
    for (const [word, stem] of pairs) expect(stemEnglish(word), word).toBe(stem);
  });

  it('equals snowball-stemmers on every root × suffix and every word of the English fixtures', () => {
    const all = new Set<string>([...fixtureWords()]);
    for (const r of ROOTS) for (const s of SUFFIXES) all.add(r + s);
    expect(all.size).toBeGreaterThan(7000);
    const differing = [...all].filter((w) => stemEnglish(w) !== snowball.stem(w));
    expect(differing).toEqual([]);
  });
});
