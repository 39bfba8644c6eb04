// The day a paragraph is set on (rule date.scene-day): "Yesterday, Saturday, 29 June, this city said goodbye to …"
// opens a paragraph whose later sentences tell that day's funeral without a day of their own; a heading that is a
// day alone ("YESTERDAY") sets the day of the section under it.
import type { FoundDate } from '../dates.js';
import { EVENT_RULES as R } from '../rules/events.js';
import type { Sentence } from '../text.js';
import type { EventDraft, PassContext } from './context.js';

const SCENE_OPENING = new RegExp(R.sceneDay.pattern.source, R.sceneDay.pattern.flags.replace('g', ''));

/** Each sentence's paragraph opening, by index, read once per article: asked of every sentence, a walk back each time was quadratic. */
const openings = new WeakMap<PassContext['doc'], number[]>();

/** The first sentence of the paragraph holding `s`: sentences run on until a line break stands between two. */
function paragraphOpening(x: PassContext, s: Sentence): Sentence {
  let firsts = openings.get(x.doc);
  if (!firsts) {
    const { sentences, text } = x.doc;
    firsts = [];
    for (const sentence of sentences) {
      const previous = sentences[sentence.index - 1];
      firsts.push(previous && !text.slice(previous.end, sentence.start).includes('\n') ? firsts[previous.index]! : sentence.index);
    }
    openings.set(x.doc, firsts);
  }
  return x.doc.sentences[firsts[s.index]!]!;
}

interface SceneDay { day: FoundDate; sentence: Sentence; heading: boolean }

/** The day an opening sentence (or a heading of a day alone) sets, the last of the day words it opens with. */
function openingDay(x: PassContext, s: Sentence): SceneDay | undefined {
  const opening = SCENE_OPENING.exec(s.text);
  const day = opening ? x.doc.dates.get(s.index)!.filter((d) => d.precision === 'day' && !d.end && d.index < opening[0].length).at(-1) : undefined;
  return day && { day, sentence: s, heading: x.doc.isHeading(s) };
}

/**
 * The scene day of the paragraph holding `s`: the day its paragraph opens with, else that of a heading of a day
 * alone right above the paragraph. Asked only when `s` gives no day of its own for the gathering.
 */
function sceneDay(x: PassContext, s: Sentence): SceneDay | undefined {
  const first = paragraphOpening(x, s);
  const heading = x.doc.sentences[first.index - 1];
  const fromHeading = heading && x.doc.isHeading(heading) && /^\s*$/.test(heading.text.replace(SCENE_OPENING, '')) ? openingDay(x, heading) : undefined;
  return openingDay(x, first) ?? fromHeading;
}

/** Dates `event` by the scene day of the paragraph holding `s`, derived, cited by the words that give it; false when there is none. */
export function dateByScene(x: PassContext, event: EventDraft, s: Sentence): boolean {
  const scene = sceneDay(x, s);
  if (!scene) return false;
  Object.assign(event, { start: scene.day.start, date_precision: 'day' });
  x.infer(event, `date of '${scene.day.text}', ${scene.heading ? 'the heading above its paragraph' : 'the day its paragraph opens with'}, taken as the day of ${event.name}${scene.day.note ? ` (${scene.day.note})` : ''}`);
  x.addCitation(event, x.doc.cite(scene.sentence.start, scene.sentence.end));
  x.ruled(event, R.sceneDay.id);
  return true;
}
