// A refused save names its problems at the fields they concern: each build-check message of a real refused
// edit is placed at the control it is about (or at none, when it is about another row), and the page's
// control names its message in aria-describedby.
import { describe, expect, it } from 'vitest';
import { collectionByName } from '../src/collections/index.js';
import { loadSeed } from '../src/db/seed.js';
import { editFact, ReviewError } from '../src/review/actions.js';
import { editFields, errorId, fieldOfProblem, inferredNote, problemsByField } from '../src/review/form.js';
import { copySeed } from './helpers/db.js';

/** The problems of an edit the build checks refuse, as the reviewer would get them; nothing is written. */
function refusal(seedDir: string, id: string, set: Record<string, unknown>): string[] {
  try {
    editFact(seedDir, id, set, 'Ada');
  } catch (error) {
    if (error instanceof ReviewError) return error.problems;
    throw error;
  }
  throw new Error(`the edit of ${id} was not refused`);
}

const spec = (name: string) => collectionByName.get(name)!;
const fieldsOf = (name: string) => Object.keys(spec(name).schema.properties);

describe('a refused save, at its field', () => {
  const seedDir = copySeed();
  const citations = (id: string) => ([...loadSeed(seedDir).facts.values()].flat().find((f) => f.id === id)!.citations as Array<{ source_id: string; quote: string }>)
    .map((c) => ({ source: c.source_id, quote: c.quote }));

  it('places each build-check message at the field or quote it concerns', () => {
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      ['deployments', 'carabinieri-deployment', { personnel: { value: 12345, qualifier: 'approximately' } }, 'personnel'],
      ['deployments', 'carabinieri-deployment', { organization_id: 'no-such-body' }, 'organization_id'],
      ['events', 'milan-cortina-2026', { start: '2026-02-09' }, 'start'],
      ['events', 'milan-cortina-2026', { date_precision: null }, 'date_precision'],
      ['events', 'milan-cortina-2026', { kind: 'picnic' }, 'kind'],
      ['deployments', 'carabinieri-deployment', { derived: true, note: null }, 'note'],
    ];
    for (const [collection, id, set, field] of cases) {
      const problems = refusal(seedDir, id, set);
      expect(problems.length, JSON.stringify(set)).toBeGreaterThan(0);
      expect(problems.map((p) => fieldOfProblem(p, id, fieldsOf(collection), [])), problems.join('\n')).toContain(field);
    }
    const quotes = citations('carabinieri-deployment').map((c, i) => (i === 1 ? { ...c, quote: 'The operation will deploy tanks' } : c));
    const problems = refusal(seedDir, 'carabinieri-deployment', { citations: quotes });
    expect(problems.map((p) => fieldOfProblem(p, 'carabinieri-deployment', fieldsOf('deployments'), quotes.map((q) => q.quote)))).toEqual(['quote.1']);
  }, 120_000);

  it('leaves at the top what concerns another row, and names the message of a field in aria-describedby', () => {
    const other = 'facts/deployments.yaml fact "regular-police-deployment": personnel 3 does not occur in its quotes (in digits or words)';
    const mine = 'facts/deployments.yaml fact "carabinieri-deployment": personnel 12345 does not occur in its quotes (in digits or words)';
    const placed = problemsByField([other, mine], 'carabinieri-deployment', spec('deployments'), []);
    expect([...placed]).toEqual([['', [other]], ['personnel', [mine]]]);
    const item = [...loadSeed(seedDir).facts.values()].flat().find((f) => f.id === 'carabinieri-deployment')!;
    const form = editFields(spec('deployments'), item, placed).value;
    const describedBy = errorId('carabinieri-deployment', 'personnel');
    expect(form).toMatch(new RegExp(`<input id="edit-carabinieri-deployment-personnel" name="personnel\\.value"[^>]* aria-describedby="${describedBy}" aria-invalid="true">`));
    expect(form).toContain(`<div class="field-error" id="${describedBy}" role="alert"><p>personnel 12345 does not occur in its quotes (in digits or words)</p></div>`);
    expect(form.match(/aria-invalid/g)).toHaveLength(2); // the number and its hedge, nothing else
  });
});

describe('a value outside a closed vocabulary', () => {
  const seedDir = copySeed();
  const enumValues = (collection: string, field: string) => {
    const schema = spec(collection).schema.properties[field]! as { enum?: string[]; anyOf?: Array<{ enum?: string[] }> };
    return schema.enum ?? schema.anyOf!.find((s) => s.enum)!.enum!;
  };

  it('names the field and the values it allows, at the field, for every kind of enum', () => {
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      ['organizations', 'ice', { kind: '' }, 'kind'],
      ['events', 'milan-cortina-2026', { kind: 'picnic' }, 'kind'],
      ['events', 'milan-cortina-2026', { date_precision: 'week' }, 'date_precision'],
    ];
    for (const [collection, id, set, field] of cases) {
      const problems = refusal(seedDir, id, set);
      const placed = problemsByField(problems, id, spec(collection), []);
      const item = [...loadSeed(seedDir).facts.values()].flat().find((f) => f.id === id)!;
      const form = editFields(spec(collection), { ...item, ...set }, placed).value;
      const shown = new RegExp(`<div class="field-error" id="${errorId(id, field)}" role="alert"><p>([^<]*)</p>`).exec(form)?.[1];
      expect(shown, problems.join('\n')).toContain(`${field}: choose one of ${enumValues(collection, field).join(', ')}`);
      expect(shown).not.toContain('StringEnum');
      if (set[field]) expect(shown).toContain(`(${String(set[field])} is not one of them)`);
    }
  }, 120_000);
});

describe('a value the quotes do not state, marked as inferred', () => {
  const seedDir = copySeed();
  const row = (id: string) => [...loadSeed(seedDir).facts.values()].flat().find((f) => f.id === id)!;

  it('offers the note words the checks read, and the save with them is taken', () => {
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      ['organizations', 'ice', { name: 'Immigration Enforcement Service' }, '"Immigration Enforcement Service" is inferred: '],
      ['events', 'milan-cortina-2026', { start: '2026-02-09' }, 'The date is inferred: '],
    ];
    for (const [collection, id, set, words] of cases) {
      const problems = refusal(seedDir, id, set);
      const notes = problems.map(inferredNote).filter(Boolean);
      expect(notes, problems.join('\n')).toEqual([words]);
      // The button beside the message carries those words for review.js.
      const form = editFields(spec(collection), { ...row(id), ...set }, problemsByField(problems, id, spec(collection), [])).value;
      expect(form).toContain(`<button type="button" class="mark-inferred" data-note="${words.replaceAll('"', '&quot;')}" aria-label="Mark as inferred in ${id}: ${words.trim().replaceAll('"', '&quot;')}">Mark as inferred</button>`);
      // The other way out: the words that state it, selected in the article and filled with `f`, cite it.
      expect(form).toContain('<span class="cite-hint">or, if the article states it, select its words there and press <kbd>f</kbd> to cite them</span>');
      editFact(seedDir, id, { ...set, derived: true, note: `${words}a reviewer's reading of the article.` }, 'Ada');
      expect(row(id)).toMatchObject({ ...set, derived: true, review: 'reviewed' });
    }
    expect(inferredNote('personnel 12345 does not occur in its quotes (in digits or words)')).toBeUndefined();
  }, 120_000);
});
