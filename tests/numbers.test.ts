// One number reader for the build's support checks and for ingest: what ingest proposes from a sentence is
// the number the build then finds in the fact's quote.
import { describe, expect, it } from 'vitest';
import { numberProblems } from '../src/db/support.js';
import { extract } from '../src/ingest/extract.js';
import { NUMBER_PHRASE, numbersIn, parseNumber } from '../src/lib/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['6,000', 6000], ['1.5 million', 1_500_000], ['twenty thousand', 20_000], ['twenty-five hundred', 2500],
    ['two hundred and fifty', 250], ['a thousand', 1000], ['3 hundred', 300], ['twelve', 12],
  ] as const)('%j is %d', (phrase, value) => {
    expect(parseNumber(phrase)).toBe(value);
  });

  it.each(['two and three', 'officers', '6,000 officers', ''])('%j is not one number', (phrase) => {
    expect(parseNumber(phrase)).toBeNull();
  });

  it('NUMBER_PHRASE takes the whole of a number written in words, not its last part', () => {
    const whole = (text: string) => new RegExp(`\\b(?:${NUMBER_PHRASE})`, 'i').exec(text)?.[0];
    expect(whole('deploy twenty-five hundred officers')).toBe('twenty-five hundred');
    expect(whole('Some twenty thousand police')).toBe('twenty thousand');
    expect(numbersIn('twenty-five hundred officers').map((m) => m.value)).toEqual([2500]);
  });
});

describe('"a" as a number', () => {
  it('is one only before a scale or unit word: "a hundred" is 100, "a further five hundred" is five hundred', () => {
    const first = (text: string) => new RegExp(`\\b(?:${NUMBER_PHRASE})\\b`, 'i').exec(text)?.[0];
    expect(first('a hundred officers')).toBe('a hundred');
    expect(first('A further five hundred officers will be sent')).toBe('five hundred');
  });
});

describe('ingest counts a force as the build reads its quote', () => {
  const deployments = (sentence: string) => extract({ sourceId: 'note', published: '2026-05-04', text: `Security Notice For The Spring Fair\n\n${sentence}\n` }).deployments;

  it.each([
    ['Some twenty thousand police officers will be deployed in Lyon for the fair.', 20_000, 'approximately'],
    ['The Lyon police will deploy twenty-five hundred officers for the fair.', 2500, 'exactly'],
    ['Two hundred and fifty gendarmes will patrol the fair.', 250, 'exactly'],
  ] as const)('%j', (sentence, value, qualifier) => {
    const [deployment] = deployments(sentence);
    expect(deployment?.personnel).toEqual({ value, qualifier });
    // The support check the build runs on the accepted fact finds that number, with that hedge, in its quote.
    expect(numberProblems(deployment!)).toEqual([]);
  });

  it('a small number in words counts no force ("two officers were hurt" is no deployment)', () => {
    expect(deployments('Two officers were hurt at the fair on Saturday.')).toEqual([]);
  });
});
