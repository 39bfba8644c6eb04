// What blind rounds 51 and 52 found ingest missing (issue 20), each read by a general rule, on articles of our own:
// protests told as held with no day in their own sentence, a rally told by its demand, bodies named with a particle
// or a digit after their head word, and "and" between two bodies named only by their kinds.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const protestsOf = (text: string) => read(text).protests.map((p) => [p.date, p.derived, (p.rules as string[]).includes('protest.paragraph-day')]);

describe('a protest told as held with no day of its own (rule protest.paragraph-day)', () => {
  it('takes the day the sentence before it in its paragraph states, derived', () => {
    // 2031-05-06 is a Tuesday: "on Sunday" is 2031-05-04.
    expect(protestsOf(brief('The derby was played on Sunday. At about 15:00, supporters marched from the square to the stadium against the new prices.'))).toEqual([['2031-05-04', true, true]]);
  });
  it('takes it across a paragraph break only after "That afternoon" and the like', () => {
    expect(protestsOf(brief('The parade was held on Sunday.\n\nThat afternoon, a march against the pact went from the square to the tower.'))).toEqual([['2031-05-04', true, true]]);
    expect(protestsOf(brief('The parade was held on Sunday.\n\nAt about 15:00, supporters marched from the square to the stadium against the new prices.'))).toEqual([]);
  });
  it('takes no day someone spoke, nor any for a protest to come', () => {
    expect(protestsOf(brief('The mayor said on Sunday the square would stay open. At about 15:00, supporters marched from the square to the stadium against the new prices.'))).toEqual([]);
    expect(protestsOf(brief('The derby was played on Sunday. Supporters will march from the square to the stadium against the new prices.'))).toEqual([]);
  });
});

describe('a protest told by what it demanded or by marchers who walked', () => {
  it('is held on the day its sentence states', () => {
    expect(read(brief('On Sunday evening, a candlelight rally at the harbour demanded a halt to the tunnelling.')).protests.map((p) => p.date)).toEqual(['2031-05-04']);
    expect(read(brief('On Sunday, marchers walked from the gate to the quay to protest against the new tolls.')).protests.map((p) => p.date)).toEqual(['2031-05-04']);
  });
});

describe('a body\'s name after its head word (rule organization.head-word)', () => {
  it('keeps a particle joining a place\'s name ("of Villa de Lenz") and a word with a digit ("the G7")', () => {
    expect(read(brief('The Municipal Police of Villa de Lenz and the Lakeside Coalition Against the G7 met on Monday.')).organizations.map((o) => o.name).sort())
      .toEqual(['Lakeside Coalition Against the G7', 'Municipal Police of Villa de Lenz']);
  });
  it('is none for two bodies named by their kinds alone ("Police and Council staff")', () => {
    expect(read(brief('The mayor thanked Police and Council staff for their work.')).organizations).toEqual([]);
  });
});

describe('a parade named after the day it marks, written before it (rule event.parade)', () => {
  it('is a ceremony named by both, dated by its clause', () => {
    expect(read(brief('Crowds watched the Harbour Day military parade on Sunday.')).events.map((e) => [e.name, e.kind, e.start])).toEqual([['Harbour Day military parade', 'ceremony', '2031-05-04']]);
  });
});

describe('the piece\'s own date line ("Tuesday, 6 May 2031 - swipe to read")', () => {
  it('is no programme\'s gathering (rule event.programme-day)', () => {
    expect(read('The sinkhole in ten cards\nTuesday, 6 May 2031 - swipe to read\n\nA sinkhole opened on the avenue on Monday.\n').events.map((e) => e.name)).not.toContain('Swipe to read');
  });
});

describe('a record\'s field, a word and a colon ("Moved: Councillor Ada Moen")', () => {
  it('is read as text, not as a heading, the headline still one', () => {
    const text = 'Notice of Motion: 3,000 Police for Lakeside Opener\n\nMoved: Councillor Ada Moen\nSeconded: Councillor Ivo Lenz\n\nThe council met on Monday.\n';
    const { people, organizations } = read(text);
    expect(people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]!.title])).toEqual([['Ada Moen', 'Councillor'], ['Ivo Lenz', 'Councillor']]);
    expect(organizations).toEqual([]);
  });
});

describe('"Rt Hon" before a name set off after a title', () => {
  it('is no part of the name', () => {
    expect(read(brief('The Prime Minister, Rt Hon Ada Moen, announced the hub.')).people.map((p) => p.name)).toEqual(['Ada Moen']);
  });
});
