/**
 * Words that typically open a sentence. After an abbreviation that may close a sentence
 * (`usw.`, `Co.`), an initial (`I.`) or a dotted acronym (`U.S.`), the full stop ends the
 * sentence only when such a word follows: `in the U.S. The company …` splits,
 * `the U.S. Government` does not. This is the "sentence starters" heuristic of the Ruby
 * pragmatic_segmenter that pySBD documents (Sadvilkar & Neumann 2020); the word lists here are
 * closed-class words (articles, pronouns, conjunctions, question words, frequent sentence
 * adverbs and prepositions) written from general grammar knowledge, not taken from a corpus.
 *
 * Closed-class words are the right signal because a name or a noun, which is what follows an
 * abbreviation inside a sentence, is almost never one of them. In German, where every noun is
 * capitalised, these words are capitalised only at the start of a sentence.
 */

// prettier-ignore
const ENGLISH = [
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'I', 'He', 'She', 'It', 'We', 'They', 'You',
  'His', 'Her', 'Its', 'Our', 'Their', 'My', 'Your', 'There', 'Here', 'What', 'When', 'Where',
  'Who', 'Whom', 'Whose', 'Why', 'How', 'Which', 'But', 'And', 'So', 'Yet', 'Or', 'Nor', 'If',
  'Because', 'Although', 'Though', 'While', 'Whereas', 'However', 'Meanwhile', 'Moreover',
  'Furthermore', 'Nevertheless', 'Still', 'Then', 'Thus', 'Also', 'Instead', 'Otherwise',
  'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Every', 'Few', 'Several', 'Such', 'Another',
  'In', 'On', 'At', 'For', 'As', 'After', 'Before', 'Since', 'During', 'From', 'With', 'Without',
  'By', 'Under', 'Over', 'Among', 'Despite', 'Being', 'Did', 'Do', 'Does', 'Is', 'Are', 'Was',
  'Were', 'Has', 'Have', 'Had', 'Not', 'No', 'Yes', 'Please', 'Now', 'Today', 'Yesterday',
  'Last', 'Next', 'One', 'Two', 'Three', 'Once', 'Even', 'Only', 'Just', 'Perhaps', 'Maybe',
];

// prettier-ignore
const GERMAN = [
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Eines',
  'Er', 'Sie', 'Es', 'Ich', 'Wir', 'Ihr', 'Du', 'Man', 'Mein', 'Meine', 'Sein', 'Seine', 'Ihre',
  'Unser', 'Unsere', 'Dies', 'Diese', 'Dieser', 'Dieses', 'Diesem', 'Diesen', 'Jeder', 'Jede',
  'Jedes', 'Alle', 'Viele', 'Einige', 'Manche', 'Kein', 'Keine', 'Beide', 'Solche',
  'Und', 'Aber', 'Oder', 'Doch', 'Denn', 'Sondern', 'Auch', 'Als', 'Wenn', 'Ob', 'Weil', 'Da',
  'Dass', 'Obwohl', 'Während', 'Nachdem', 'Bevor', 'Seit', 'Seitdem', 'Sobald', 'Damit',
  'Dann', 'Danach', 'Dabei', 'Dazu', 'Daher', 'Darum', 'Deshalb', 'Deswegen', 'Dennoch',
  'Trotzdem', 'Jedoch', 'Allerdings', 'Außerdem', 'Zudem', 'Zwar', 'So', 'Somit', 'Also',
  'Nun', 'Jetzt', 'Heute', 'Gestern', 'Morgen', 'Bisher', 'Inzwischen', 'Immer', 'Nie',
  'Noch', 'Schon', 'Nur', 'Auch', 'Nicht', 'Ja', 'Nein', 'Hier', 'Dort', 'Vielleicht',
  'Im', 'In', 'Am', 'An', 'Auf', 'Aus', 'Bei', 'Beim', 'Mit', 'Nach', 'Vor', 'Von', 'Vom',
  'Zum', 'Zur', 'Für', 'Über', 'Unter', 'Um', 'Gegen', 'Ohne', 'Durch', 'Trotz', 'Wegen',
  'Wie', 'Was', 'Wer', 'Wo', 'Wann', 'Warum', 'Weshalb', 'Welche', 'Welcher', 'Welches',
  'Ist', 'Sind', 'War', 'Waren', 'Hat', 'Haben', 'Wird', 'Werden', 'Kann', 'Können',
];

// prettier-ignore
const FRENCH = [
  'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Il', 'Elle', 'Ils', 'Elles', 'Je', 'Nous', 'Vous',
  'On', 'Ce', 'Cette', 'Ces', 'Mais', 'Et', 'Ou', 'Donc', 'Car', 'Si', 'Quand', 'Pour', 'Dans',
  'En', 'Au', 'Aux', 'Depuis', 'Selon', 'Cependant', 'Pourtant', 'Ainsi', 'Alors',
];

const BY_LANGUAGE: Record<string, ReadonlySet<string>> = {
  en: new Set(ENGLISH),
  de: new Set(GERMAN),
  fr: new Set(FRENCH),
};

const UNION: ReadonlySet<string> = new Set([...ENGLISH, ...GERMAN, ...FRENCH]);

export function sentenceStartersFor(lang: string): ReadonlySet<string> {
  return BY_LANGUAGE[lang] ?? UNION;
}
