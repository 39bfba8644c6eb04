// What blind round 61 found ingest reading wrong or missing (issue 20), each read by a general rule, on briefs of
// our own: a subtitle file's sentences cut over its cues, and names opening with a capital letter outside A-Z.
import { describe, expect, it } from 'vitest';
import { withoutSubtitleTimings } from '../src/ingest/subtitles.js';
import { brief, eventsOf, read } from './helpers/briefs.js';

const cues = (...texts: string[]) => texts.map((text, i) => `${i + 1}\n00:00:${String(i * 5).padStart(2, '0')},000 --> 00:00:${String(i * 5 + 4).padStart(2, '0')},500\n${text}\n`).join('\n');

describe('a subtitle file (SubRip or WebVTT)', () => {
  const file = cues('[LAKESIDE NEWS, 21:00]', 'Good evening. The Lakeside Police Department said\nabout 400 officers were on duty.', 'Mayor Ada Moen closed the pier\nat noon today.', 'She will reopen it\non Friday.');
  it('is read without its cue numbers and timings, every offset kept', () => {
    const read = withoutSubtitleTimings(file);
    expect(read).toHaveLength(file.length);
    expect(read).not.toMatch(/-->|^\d+$/mu);
    expect(read).toContain('Lakeside Police Department said about 400 officers were on duty.');
  });
  it('joins a sentence over a cue\'s lines and into the next cue, not over a sentence\'s end or a label', () => {
    const read = withoutSubtitleTimings(file);
    expect(read).toMatch(/at noon today\.\n/u);
    expect(read).toMatch(/\[LAKESIDE NEWS, 21:00\]\n/u);
    expect(read.replace(/\s+/gu, ' ')).toContain('She will reopen it on Friday.');
  });
  it('gives facts quoted with the file\'s own words, line breaks included', () => {
    const facts = read(file);
    const deployment = facts.deployments.find((d) => (d.personnel as { value: number }).value === 400);
    expect(deployment?.organization_id).toBe('lakeside-police-department');
    const quotes = Object.values(facts).flat().flatMap((f) => f.citations.map((c) => c.quote));
    expect(quotes.filter((q) => !file.includes(q))).toEqual([]);
    expect(quotes.some((q) => q.includes('\n'))).toBe(true);
    expect(facts.people.map((p) => p.name)).toContain('Ada Moen');
  });
  it('reads a name-first label in capitals as a caption above its speaker\'s quoted words', () => {
    const captioned = cues('[ANCHOR, IVO LENZ]\nGood evening.', '[ADA MOEN, HARBOUR MASTER, 54]\n"We keep the quay shut.\nNobody sails before Friday."', '[ANCHOR]\nThe pier stays closed.');
    const facts = read(captioned);
    const moen = facts.people.find((p) => p.name === 'Ada Moen');
    expect(moen?.roles).toEqual([expect.objectContaining({ title: 'Harbour master' })]);
    const statement = facts.statements.find((st) => st.speaker_id === moen?.id);
    expect(statement?.text).toContain('We keep the quay shut. Nobody sails before Friday.');
    expect(facts.people.map((p) => p.name)).not.toContain('Anchor');
  });
  it('keeps every offset when a label holds a letter whose lowercase is longer', () => {
    const file = cues('[İLKER AYDIN, HARBOUR MASTER]\n"We keep the quay shut."', 'Police said so.', 'The pier is shut.');
    const read = withoutSubtitleTimings(file);
    const quote = file.indexOf('"We keep');
    expect(read.slice(quote - 1, quote + 8)).toBe('\n"We keep');
  });
  it('leaves an article with fewer than three timed lines as written', () => {
    const text = 'The clip (00:00:04,000 --> 00:00:09,500) shows the pier.\nPolice said\nnothing.';
    expect(withoutSubtitleTimings(text)).toBe(text);
  });
});

describe('a name opening with a capital letter outside A-Z', () => {
  it('is a venue or a body like any other', () => {
    const facts = read(brief('Police guarded the Ülker Stadium on Saturday, and the Éclair Arena. The Östberg Sports Federation said it was calm.'));
    expect(facts.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Ülker Stadium', 'Éclair Arena']));
    expect(facts.organizations.map((o) => o.name)).toContain('Östberg Sports Federation');
  });
});

describe('a person named again by the first word of the name, before a speech verb', () => {
  const speakerNames = (body: string) => {
    const facts = read(brief(body));
    return facts.statements.map((st) => facts.people.find((p) => p.id === st.speaker_id)?.name ?? null);
  };
  it('is that person when no other name opens or closes with the word', () => {
    expect(speakerNames('Police chief Tan Wei Ming said 400 officers would be on duty. "We have planned this final for a year and we are ready for it," Tan told reporters.')).toEqual(['Tan Wei Ming', 'Tan Wei Ming']);
    expect(speakerNames('Mayor Azman Rashid said the roads would close. "It is a big day for the whole city and for its children," Azman said.')).toEqual(['Azman Rashid', 'Azman Rashid']);
  });
  it('is no one when the word closes another name, or opens two names', () => {
    expect(speakerNames('Police chief Moen Ada Berg said 400 officers would be on duty. Eva Moen said she would stay at home on Saturday.')).toEqual(['Moen Ada Berg', 'Eva Moen']);
    const facts = read(brief('Police chief Tan Wei Ming said 400 officers would be on duty. Coach Tan Li Na said the team was ready. "We are ready for a hard final against a strong side," Tan said.'));
    expect(facts.statements.filter((st) => st.kind === 'quote')).toEqual([]);
  });
});

describe('a closure of a way named by a street word of another language, with an apposition after it (rule measure.closure)', () => {
  it('is a closure named by the way', () => {
    const facts = read(brief('City Hall will close Jalan Ada Moen, the main road to the arena, to private cars from noon on Sunday.'));
    expect(facts.measures.map((m) => [m.name, m.kind])).toEqual([['Jalan Ada Moen closed', 'closure']]);
  });
  it('is none for a way of no street word closed by no verb of closing', () => {
    expect(read(brief('City Hall will open Jalan Ada Moen, the main road to the arena, to buses from noon on Sunday.')).measures).toEqual([]);
  });
});

describe('a civil defence or rescue force', () => {
  it('is an emergency agency, not a police force, while a police force stays one', () => {
    const kinds = read(brief('The Eastland Civil Defence Force said 200 of its officers were ready. The Lakeside Rescue Unit and the Eastland Border Force said so too.')).organizations.map((o) => [o.name, o.kind]);
    expect(kinds).toEqual([['Eastland Civil Defence Force', 'agency'], ['Lakeside Rescue Unit', 'agency'], ['Eastland Border Force', 'police_force']]);
  });
});

describe('a police rank written short before a name', () => {
  it('is a title, not part of the name', () => {
    const people = read(brief('The Lakeside Police Command spokesperson, SP Ada Moen, said 400 officers were on duty. DSP Ivo Lenz led them.')).people;
    expect(people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title).sort()])).toEqual([['Ada Moen', ['Lakeside Police Command spokesperson', 'SP']], ['Ivo Lenz', ['DSP']]]);
  });
  it('is no body when written alone', () => {
    expect(read(brief('Officers of the SP said 400 of them were on duty.')).people).toEqual([]);
  });
});

describe('a currency written by its code', () => {
  it('is money, no body', () => {
    expect(read(brief('The council said you do not need to pay the EUR 130 again, nor the USD 40.')).organizations.map((o) => o.name)).toEqual([]);
  });
});

describe("a gathering named after a day's possessive, not the article's own event (rule date.possessive-day)", () => {
  it('is of that day, counted by the tense', () => {
    const text = brief("Saturday's Lakeside-Northby derby at the Harbour Stadium kicked off at 20:00 in front of 40,000 people. Police will also guard the Lakeside Marathon on 12 May.");
    expect(eventsOf(text)).toEqual({ 'Lakeside Marathon': ['games', '2031-05-12'], 'Lakeside-Northby derby': ['games', '2031-05-03'] });
  });
  it('takes no day from a possessive of something else', () => {
    const text = brief("Saturday's crowd at the Lakeside-Northby derby was calm. Police will also guard the Lakeside Marathon on 12 May.");
    expect(eventsOf(text)['Lakeside-Northby derby']).toEqual(['games', null]);
  });
});

describe('an acronym in brackets right after a body named in English, its letters those of another language', () => {
  it('is the body\'s acronym, cited with the name', () => {
    const [hall] = read(brief('Lakeside City Hall (DBLK) will close Harbour Road to cars on Saturday.')).organizations;
    expect([hall?.name, hall?.acronym]).toEqual(['Lakeside City Hall', 'DBLK']);
    expect(hall?.citations.map((c) => c.quote)).toContain('Lakeside City Hall (DBLK)');
  });
  it('is none for a country\'s code or a currency', () => {
    const orgs = read(brief('Lakeside City Hall (UK) said so. Eastby City Hall (EUR) said so too.')).organizations;
    expect(orgs.map((o) => o.acronym ?? null)).toEqual([null, null]);
  });
});

describe('the sky over a place closed to drones or aircraft (rule measure.airspace-restriction)', () => {
  it('is an airspace restriction named by what is closed', () => {
    const measures = read(brief('The aviation office closed the sky over the harbour to drones from Friday evening.')).measures;
    expect(measures.map((m) => [m.name, m.kind])).toEqual([['Sky over the harbour closed to drones', 'airspace_restriction']]);
  });
  it('is none when nothing is kept out of it', () => {
    expect(read(brief('Clouds closed the sky over the harbour by noon.')).measures).toEqual([]);
  });
});

describe('officers who checked or searched every bag (rule measure.inspection)', () => {
  it('are bag checks or searches', () => {
    expect(read(brief('Police checked every bag going into the viewing areas on Harbour Avenue.')).measures.map((m) => [m.name, m.kind])).toEqual([['Bag checks', 'inspection']]);
    expect(read(brief('Stewards searched every backpack at the gates of the Harbour Stadium.')).measures.map((m) => [m.name, m.kind])).toEqual([['Bag searches', 'inspection']]);
  });
});
