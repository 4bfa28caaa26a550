/**
 * Weights of the one-sentence scorer, in the order of `FEATURES` (sentence-features.ts).
 * Written by `npx tsx scripts/eval/summary-scorer-train.ts --data ../shared/data --write` from
 * the tuning part of CNN/DailyMail and 10kGNAD (403 articles); do not edit by hand.
 */
export const ONE_SENTENCE_WEIGHTS: readonly number[] = [
  -1.6518, // bias
  0.4057, // lead 1/(1+rank)
  -0.1941, // first
  -0.983, // rank/n
  -0.045, // directed centrality
  1.0305, // undirected centrality
  -0.1582, // ln words
  0.3466, // digit
  -0.0881, // quotation mark
  0.2149, // cosine with the first
  0.0653, // speech verb
  -0.1589, // question
  0.8248, // rank < 3
];
