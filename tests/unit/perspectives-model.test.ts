import { describe, expect, it } from 'vitest';
import { isQuote } from '../../lib/perspectives/model/features';

describe('isQuote (the lens model’s quote feature)', () => {
  it('knows quotation marks of German, English and French typesetting', () => {
    expect(isQuote('„Wir investieren weiter“, sagte der Chef.')).toBe(true);
    expect(isQuote('“We will keep investing,” the chief said.')).toBe(true);
    expect(isQuote('« Nous investirons », a-t-il dit.')).toBe(true);
  });

  it('knows the typewriter apostrophe as a quotation mark, as British papers use it', () => {
    expect(isQuote("'We continue to challenge ourselves to do even better,' he said.")).toBe(true);
    expect(isQuote("He added: 'This is a challenge where I get to apply it.'")).toBe(true);
  });

  it('does not take an apostrophe in or after a word for a quote', () => {
    expect(isQuote("The company's shares fell after the players' strike.")).toBe(false);
    expect(isQuote("Investors don't expect a rate cut before June.")).toBe(false);
    expect(isQuote('Der Umsatz stieg um zehn Prozent.')).toBe(false);
  });
});
