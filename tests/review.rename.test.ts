// Renaming a fact in an edit: the id changes and every reference to it follows (a main column, a list of
// ids, an id inside a list of objects, a claim's subject), in one write the build checks judge, as a merge
// rewrites them, and dataset.yaml's examples with them; a refused rename (a taken id, not an id) changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { editFact } from '../src/review/actions.js';
import { copySeed, snapshot } from './helpers/db.js';
import { refused, review } from './helpers/review.js';

const allFacts = (seedDir: string) => [...loadSeed(seedDir).facts.values()].flat();
const factById = (seedDir: string, id: string) => allFacts(seedDir).find((f) => f.id === id);
/** Every place a row names `id`, as `<row>.<field>`, read from the loaded seed (prose notes aside). */
function referencesTo(seedDir: string, id: string): string[] {
  const names = (value: unknown): boolean => value === id || (Array.isArray(value) && value.some(names))
    || (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).some(names));
  return allFacts(seedDir).flatMap((row) => Object.entries(row).filter(([field, value]) => field !== 'id' && field !== 'note' && names(value)).map(([field]) => `${row.id}.${field}`)).sort();
}

describe('renaming a fact in an edit', () => {
  it('gives it the new id and points every reference at it, nested ones included; the editor reviewed it', () => {
    const seedDir = copySeed();
    const before = referencesTo(seedDir, 'us-state-department');
    expect(before).toEqual(expect.arrayContaining([expect.stringMatching(/\.roles$/), expect.stringMatching(/\.speaker_id$/), expect.stringMatching(/\.asserted_by$/), expect.stringMatching(/\.subject_id$/)]));
    const renamed = editFact(seedDir, 'us-state-department', { id: 'state-department' }, 'Ada', '2026-12-04T01:00:00Z');
    expect(renamed).toBe('state-department');
    expect(factById(seedDir, 'us-state-department')).toBeUndefined();
    expect(factById(seedDir, 'state-department')).toMatchObject({ name: 'US State Department', review: 'reviewed', reviewed_by: 'Ada' });
    expect(referencesTo(seedDir, 'us-state-department')).toEqual([]);
    expect(referencesTo(seedDir, 'state-department')).toEqual(before);
  }, 60_000);

  it('makes the id from the corrected name when the id is left empty, and keeps it when the name gives the same', () => {
    const seedDir = copySeed();
    const person = factById(seedDir, 'marco-rubio')!;
    // The name's slug is the id it has: nothing to rename.
    expect(editFact(seedDir, 'marco-rubio', { id: '' }, 'Ada')).toBe('marco-rubio');
    expect(editFact(seedDir, 'marco-rubio', { id: '', name: 'Rubio' }, 'Ada')).toBe('rubio');
    expect(factById(seedDir, 'rubio')).toMatchObject({ name: 'Rubio', roles: person.roles });
    expect(referencesTo(seedDir, 'marco-rubio')).toEqual([]);
  }, 60_000);

  it('refuses a taken id, a text that is no id, and an id dataset.yaml names; nothing written', () => {
    const seedDir = copySeed();
    const before = snapshot(seedDir);
    expect(refused(() => editFact(seedDir, 'us-state-department', { id: 'ice-role-public-backlash' }, 'Ada')).problems).toEqual(['id: "ice-role-public-backlash" is taken']);
    expect(refused(() => editFact(seedDir, 'us-state-department', { id: 'State Department' }, 'Ada')).problems).toEqual(['id: "State Department" is not lowercase letters and digits joined by single hyphens']);
    // A rename the build checks refuse (a support check of an edited field) leaves dataset.yaml as it was too.
    expect(refused(() => editFact(seedDir, 'carabinieri', { id: 'arma-dei-carabinieri', name: 'Arma' }, 'Ada')).problems.join('\n')).toContain('name "Arma" does not occur in its quotes');
    expect(snapshot(seedDir)).toEqual(before);
  }, 60_000);

  it('renames the examples dataset.yaml names with the fact, comments kept', () => {
    const seedDir = copySeed();
    const dataset = () => readFileSync(join(seedDir, 'dataset.yaml'), 'utf8');
    const before = dataset();
    expect(editFact(seedDir, 'carabinieri', { id: 'arma-dei-carabinieri' }, 'Ada')).toBe('arma-dei-carabinieri');
    // Every example naming the row follows; a search's words (`q`) stay words.
    const naming = /(?<=(?:id|organization): )carabinieri(?=,|$)/gm;
    expect(before.match(naming)).toHaveLength(3);
    expect(dataset()).toBe(before.replace(naming, 'arma-dei-carabinieri'));
    expect(dataset()).toContain('{ q: carabinieri }');
    expect(referencesTo(seedDir, 'carabinieri')).toEqual([]);
  }, 60_000);

  it('renames from the command line through the same code', () => {
    const seedDir = copySeed();
    const run = review(['edit', 'us-state-department', '--set', 'id=state-department', '--seed', seedDir, '--as', 'Ada']);
    expect([run.status, run.stdout.trim()]).toEqual([0, 'edited "us-state-department", now "state-department"']);
    expect(referencesTo(seedDir, 'us-state-department')).toEqual([]);
  }, 120_000);
});
