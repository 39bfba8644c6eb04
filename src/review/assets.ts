// The review app's stylesheet and script, served as files (the page's Content-Security-Policy allows no
// inline script or style). Plain CSS and browser JavaScript: no build step.
const KIND_COLOURS: Record<string, string> = {
  people: '#ffd8a8', organizations: '#a5d8ff', places: '#b2f2bb', events: '#ffec99', deployments: '#d0bfff',
  protests: '#ffc9c9', measures: '#99e9f2', statements: '#eebefa', claims: '#dee2e6',
};

export const REVIEW_CSS = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #212529; }
header { display: flex; gap: 1rem; align-items: center; padding: .5rem 1rem; background: #f1f3f5; border-bottom: 1px solid #ced4da; }
header .who { margin-left: auto; }
main { padding: 0 1rem 2rem; }
.review { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; align-items: start; }
.article { position: sticky; top: 0; max-height: 100vh; overflow: auto; }
.text { white-space: pre-wrap; font-family: Georgia, serif; line-height: 1.7; }
mark { cursor: pointer; border-radius: 2px; padding: 0 1px; }
mark.machine { outline: 1px dashed #495057; }
mark.flash, .card.selected { box-shadow: 0 0 0 3px #e8590c; }
.card { border: 1px solid #ced4da; border-left-width: 6px; border-radius: 4px; padding: .5rem .75rem; margin: .5rem 0; }
.card.dim { opacity: .45; }
.card h3 { margin: .2rem 0; font-size: 1rem; }
.card .kind { text-transform: uppercase; font-size: .75rem; }
.badge { font-size: .75rem; background: #e9ecef; padding: 0 .3rem; border-radius: 3px; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; margin: .3rem 0; }
.card dt { color: #495057; } .card dd { margin: 0; overflow-wrap: anywhere; }
.none { color: #adb5bd; }
.card button.edit-field { all: unset; cursor: pointer; color: #1864ab; text-decoration: underline dotted; } .card button.edit-field:focus-visible { outline: 2px solid #1864ab; }
.card .empty-fields, .card form.pick { font-size: .85rem; color: #495057; margin: .2rem 0; } .card form.pick button[name=value] { margin: 0 .15rem; }
.hint { font-size: .8rem; color: #495057; }
.record { font-size: .8rem; color: #495057; }
.record.doubtful { color: #a4161a; font-weight: bold; }
.cites { color: #555; font-size: 0.9em; }
.card dd ul.items { margin: 0; padding-left: 1rem; } .card dd .key { color: #495057; font-size: .8rem; }
.actions { display: flex; flex-wrap: wrap; gap: .4rem; align-items: start; margin-top: .4rem; }
.actions form { display: flex; gap: .2rem; }
.edit form { display: block; } .field { margin: .3rem 0; } .field label { display: block; font-size: .8rem; color: #495057; }
.field input, .field select, .field textarea { width: 100%; box-sizing: border-box; }
.field-error, .refused { color: #c92a2a; } .field-error p { margin: .1rem 0; } [aria-invalid="true"] { outline: 2px solid #c92a2a; } .refused { border: 1px solid #c92a2a; padding: .3rem .6rem; margin: .5rem 0; }
.done { border: 1px solid #2b8a3e; color: #2b8a3e; padding: .3rem .6rem; margin: .5rem 0; }
.legend span { padding: 0 .4rem; margin-right: .3rem; border-radius: 2px; }
table.queue { border-collapse: collapse; } table.queue td, table.queue th { padding: .2rem .5rem; border-bottom: 1px solid #dee2e6; }
.keys { color: #495057; font-size: .85rem; }
.ref { position: relative; } .ref-search { margin-top: .15rem; }
.ref-options { position: absolute; z-index: 2; left: 0; right: 0; margin: 0; padding: 0; list-style: none; background: #fff; border: 1px solid #868e96; max-height: 16rem; overflow: auto; }
.ref-options li { padding: .15rem .4rem; cursor: pointer; } .ref-options [aria-selected="true"], .ref-options li:hover { background: #d0ebff; }
.ref-chosen { font-size: .8rem; color: #495057; }
.carried { background: #fff8e1; border-left: 3px solid #f0ad4e; padding: .25rem .5rem; font-size: .85rem; }
fieldset.objects { border: 1px solid #ced4da; border-radius: 3px; padding: .2rem .5rem; margin: 0; } fieldset.objects legend { font-size: .8rem; color: #495057; }
ol.items { margin: 0; padding-left: 1.2rem; } li.item { display: flex; flex-wrap: wrap; gap: .3rem; align-items: start; margin: .2rem 0; padding-bottom: .2rem; border-bottom: 1px dotted #dee2e6; }
.id-removers { display: flex; flex-wrap: wrap; gap: .2rem; margin-top: .15rem; } .id-removers button { font-size: .75rem; padding: 0 .3rem; }
.item-field { flex: 1 1 8rem; } .item-field .key { display: block; font-size: .75rem; color: #495057; } .item-field input, .item-field select { width: 100%; box-sizing: border-box; }
.field.quote input { width: calc(100% - 10rem); } .quote-note, .selection-note, .selected-words { font-size: .8rem; color: #1864ab; }
.citations form.remove-citation { display: inline; margin-left: .3rem; } .citations form.remove-citation button { font-size: .75rem; }
.add-fact { display: flex; flex-wrap: wrap; gap: .3rem; align-items: center; margin: .3rem 0; } .card.new-fact { border-style: dashed; }
.actions form.merge { flex-wrap: wrap; }
.challenge { border: 1px solid #e8590c; border-radius: 4px; padding: .3rem .6rem; margin: .5rem 0; background: #fff4e6; }
.challenge h4 { margin: .1rem 0 .3rem; } .challenge h5 { margin: 0; font-size: .9rem; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; }
.side { background: #fff; border-radius: 3px; padding: .2rem .4rem; } .side.checked { border-left: 4px solid #2b8a3e; } .side.challenger { border-left: 4px solid #e8590c; }
.side ul { margin: .2rem 0; padding-left: 1rem; font-size: .85rem; }
.decide { display: flex; flex-wrap: wrap; gap: .3rem; margin-top: .3rem; } .decide input { flex: 1 1 12rem; }
.card.challenged { border-color: #e8590c; } .challenger { color: #e8590c; }
td.challenges { color: #e8590c; font-weight: bold; }
.view-toggle { font-weight: bold; }
.reading { max-width: 62rem; }
.text.reading-text { white-space: normal; font-family: inherit; line-height: 1.5; }
.para { margin: .9rem 0; } .para-text { white-space: pre-wrap; font-family: Georgia, serif; line-height: 1.7; margin: 0 0 .3rem; }
ul.lines { list-style: none; margin: 0 0 .2rem; padding: 0 0 0 .6rem; border-left: 3px solid #dee2e6; font-size: .9rem; }
li.line { display: flex; flex-wrap: wrap; gap: .15rem .6rem; align-items: center; padding: .1rem .3rem; border-radius: 3px; }
li.line.selected { box-shadow: 0 0 0 2px #e8590c; } li.line:hover { background: #f8f9fa; }
ul.also-cited { list-style: none; padding-left: 0; color: #495057; font-size: .9rem; } ul.also-cited li { display: flex; flex-wrap: wrap; gap: .15rem .6rem; align-items: center; padding: .1rem .3rem; } ul.also-cited form { display: inline; }
.line .summary { flex: 1 1 28rem; } .line .kind { text-transform: uppercase; font-size: .7rem; padding: 0 .3rem; border-radius: 2px; }
.line .key { color: #495057; font-size: .8rem; } .line .missing { color: #a4161a; font-size: .85rem; }
.missing-event { color: #a4161a; border-left: 3px solid #a4161a; padding-left: .5rem; }
details.unresolved { border-left: 3px solid #e8590c; padding-left: .5rem; } details.unresolved .why { color: #495057; font-size: .85rem; }
.line-actions { display: flex; gap: .3rem; align-items: center; } .line-actions form { display: flex; gap: .2rem; } .line-actions input[name=reason] { width: 9rem; }
form.accept-paragraph { margin: .2rem 0 .2rem .6rem; } li.opened { list-style: none; }
${Object.entries(KIND_COLOURS).map(([kind, colour]) => `.k-${kind} { background: ${colour}; } .card.k-${kind} { background: #fff; border-left-color: ${colour}; }`).join('\n')}
`;

export const REVIEW_JS = `(() => {
  // Picks of a name by Enter still waiting for their lookup, by search box: a save pressed meanwhile (Enter then
  // Ctrl+Enter at once, or a click) waits for them, then is sent as pressed, with the names chosen and checked as
  // any save (a merge's required row included), rather than refused as a name typed but not chosen.
  const pendingPicks = new Map();
  const picksIn = (form) => [...form.querySelectorAll('input.ref-search')].map((box) => pendingPicks.get(box)).filter(Boolean);
  const submitWhenPicked = (form, submitter) => {
    const waiting = picksIn(form);
    if (!waiting.length) return false;
    Promise.all(waiting).then(() => form.requestSubmit(submitter));
    return true;
  };
  // Control+Enter saves the form being typed in (an edit, a new fact) from any of its fields, a list or a search
  // box included: caught before the keys of lists, searches and the page. From outside a form (the Edit summary
  // still focused after a click, or nothing after f filled the form) it saves the open edit or new fact's form of
  // the card focused, else of the card chosen: the form f filled is the one Control+Enter saves.
  const openFormOf = (card) => (card ? card.querySelector(card.matches('.new-fact') ? 'form' : 'details.edit[open] form') : null);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || !event.target.closest) return;
    const form = event.target.closest('.card form') || openFormOf(event.target.closest('.card')) || openFormOf(selected);
    // The form's button that declares the key among its shortcuts: Save, or Merge into… in a merge box.
    const save = form && form.querySelector('button[type=submit][aria-keyshortcuts~="Control+Enter"]');
    if (!save) return;
    event.preventDefault();
    event.stopPropagation();
    if (!submitWhenPicked(form, save)) form.requestSubmit(save);
  }, true);
  // A click on a form's submit button while a pick is pending: the same wait (the browser would check the form
  // before the pick fills it).
  document.addEventListener('click', (event) => {
    const button = event.target.closest && event.target.closest('button[type=submit]');
    if (!button || !button.form || !submitWhenPicked(button.form, button)) return;
    event.preventDefault();
    event.stopPropagation();
  }, true);
  // A new fact's references carried over from the last fact added: Clear carried over (or Alt+C from anywhere
  // on the page, a field of the form included) empties those fields and their chosen names.
  const clearCarried = (button) => {
    const form = button.closest('form');
    for (const field of button.dataset.fields.split(' ')) {
      const input = form.querySelector('[name="' + field + '"]');
      if (!input) continue;
      input.value = '';
      const chosen = input.closest('.field') && input.closest('.field').querySelector('.ref-chosen');
      if (chosen) chosen.textContent = '';
    }
    button.closest('.carried').textContent = 'Cleared the references carried over (' + button.dataset.fields.split(' ').join(', ') + ').';
  };
  document.addEventListener('click', (event) => {
    const button = event.target.closest && event.target.closest('button.clear-carried');
    if (button) clearCarried(button);
  });
  document.addEventListener('keydown', (event) => {
    const button = event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyC' && document.querySelector('button.clear-carried');
    if (!button) return;
    event.preventDefault();
    event.stopPropagation();
    clearCarried(button);
  }, true);
  // A page key pressed in a field is the field's: a letter typed. Where it types nothing (a number field, a list
  // with no choice of that letter) it is not swallowed silently: a line beside the field says how to use the key.
  const PAGE_KEYS = 'jkarmeqfxnwvAIPKRD';
  const typesNothing = (field, key) => (field.type === 'number' && !/^[eE]$/.test(key))
    || (field.tagName === 'SELECT' && ![...field.options].some((o) => o.text.trim().toLowerCase().startsWith(key.toLowerCase())));
  const keyHint = (field, key) => {
    let hint = document.getElementById('key-hint');
    if (!hint) { hint = document.createElement('p'); hint.id = 'key-hint'; hint.className = 'hint'; hint.setAttribute('role', 'status'); }
    (field.closest('.field, li.item, form') || field.parentElement).append(hint);
    hint.textContent = key === 'q'
      ? 'Keys act outside fields: press Escape to leave this field, then q; or Alt+Q from here puts the selected words into the quote.'
      : 'Keys act outside fields: press Escape to leave this field, then ' + key + '.';
  };
  // Alt+Q, from anywhere and from inside a field of the open form: the selected words into its quote, as q outside fields.
  document.addEventListener('keydown', (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyQ') return;
    event.preventDefault();
    event.stopPropagation();
    const card = event.target.closest && event.target.closest('.card');
    if (card) select(card, false);
    quoteKey();
  }, true);
  // What j and k move between: the cards, and in the reading view the facts' lines among them.
  const cards = () => [...document.querySelectorAll('.card, .line')];
  let selected = null;
  const select = (card, scroll = true) => {
    if (!card) return;
    selected?.classList.remove('selected');
    selected = card;
    card.classList.add('selected');
    if (scroll) card.scrollIntoView({ block: 'nearest' });
  };
  const flash = (el) => { el.classList.add('flash'); setTimeout(() => el.classList.remove('flash'), 1200); };
  const showWords = (id) => {
    const marks = [...document.querySelectorAll('mark[data-facts]')].filter((m) => m.dataset.facts.split(' ').includes(id));
    if (marks[0]) { marks[0].scrollIntoView({ block: 'center' }); marks.forEach(flash); }
  };
  // The caret at the end of what a field holds: a name the form cut short is typed on at its end, not before it.
  const focusAtEnd = (field) => {
    if (!field) return;
    field.focus();
    if (field.tagName === 'TEXTAREA' || ['text', 'search', 'url', 'tel'].includes(field.type)) field.setSelectionRange(field.value.length, field.value.length);
  };
  const focusFirst = (within) => focusAtEnd(within.querySelector('form input:not([type=hidden]), form select, form textarea'));
  const say = (note, text) => { if (note) note.textContent = text; };

  // Quotes chosen by selecting words in the article: the last selection made in the article text is kept, so a
  // click on a button or a key does not lose it; a click inside the text (a collapsed selection) forgets it.
  const articleText = () => document.querySelector('.text[data-source]');
  // The reading view's text is its paragraphs (.para-text), with the facts' lines between them: the article's
  // words are theirs, and a selection is the article's only inside one of them.
  const articleWords = (text) => { const parts = text.querySelectorAll('.para-text'); return parts.length ? [...parts].map((p) => p.textContent).join('\\n\\n') : text.textContent; };
  const paragraphOf = (node) => (node.nodeType === 1 ? node : node.parentElement).closest('.para-text');
  let chosenWords = null;
  const selectedWords = () => {
    const selection = window.getSelection();
    if (!selection || !selection.rangeCount) return undefined;
    const range = selection.getRangeAt(0);
    const text = articleText();
    const inside = text && text.contains(range.startContainer) && text.contains(range.endContainer);
    if (range.collapsed) return inside ? null : undefined;
    if (!inside) return { outside: true };
    if (text.classList.contains('reading-text')) {
      const [from, to] = [paragraphOf(range.startContainer), paragraphOf(range.endContainer)];
      if (!from || !to) return { outside: true };
      if (from !== to) return { source: text.dataset.source, words: range.toString().trim(), across: true };
    }
    // Range.toString() is the text nodes' own characters (Selection.toString() may turn a no-break space into a
    // space): the article's exact words, as the build finds them. Only the ends are trimmed.
    const raw = range.toString();
    const words = raw.trim();
    return words ? { source: text.dataset.source, words, at: startIn(text, range, raw) } : null;
  };
  // Where the selected words start in the article's words (articleWords), or -1: which occurrence was selected.
  const startIn = (text, range, raw) => {
    const parts = [...text.querySelectorAll('.para-text')];
    const container = parts.length ? paragraphOf(range.startContainer) : text;
    if (!container) return -1;
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const base = parts.length ? parts.slice(0, parts.indexOf(container)).reduce((n, p) => n + p.textContent.length + 2, 0) : 0;
    return base + before.toString().length + (raw.length - raw.trimStart().length);
  };
  const occurrences = (text, words) => { let n = 0; for (let at = text.indexOf(words); at >= 0 && n < 10; at = text.indexOf(words, at + 1)) n++; return n; };
  // Words that occur more than once (a name the headline repeats): the occurrence selected, with the words beside it
  // taken a word at a time with the marks between (the next, then the one before, within its paragraph) up to the first words that occur
  // once, which the build finds as a quote; undefined past a few words.
  const WIDEN_STEPS = 12;
  const widened = (all, at, words) => {
    if (at < 0 || all.slice(at, at + words.length) !== words) return undefined;
    let start = at;
    let end = at + words.length;
    for (let step = 0; step < WIDEN_STEPS; step++) {
      const next = step % 2 === 0 ? /^[^\\p{L}\\p{N}\\n]*[\\p{L}\\p{N}]\\S*/u.exec(all.slice(end, end + 200)) : null;
      const last = step % 2 === 1 ? /\\S*[\\p{L}\\p{N}][^\\p{L}\\p{N}\\n]*$/u.exec(all.slice(Math.max(0, start - 200), start)) : null;
      if (next) end += next[0].length;
      if (last) start -= last[0].length;
      const quote = all.slice(start, end);
      if (occurrences(all, quote) === 1) return quote;
    }
    return undefined;
  };
  // The first occurrence of a button's words in the article's text, selected as a reader's drag would select it (its
  // paragraph in the reading view), so that n and a digit add a fact citing them; the note says when they are not there.
  const selectInText = (button) => {
    const words = button.dataset.words;
    const text = articleText();
    const paras = text ? [...text.querySelectorAll('.para-text')] : [];
    const root = (paras.length ? paras : text ? [text] : []).find((p) => p.textContent.includes(words));
    if (!root) { say(document.getElementById('selection-note'), 'These words are not in the text as shown: select them by hand.'); return; }
    const at = root.textContent.indexOf(words);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent.length;
      if (at >= offset && at < offset + length) range.setStart(node, at - offset);
      if (at + words.length <= offset + length) { range.setEnd(node, at + words.length - offset); break; }
      offset += length;
    }
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
  };
  /** What the selection gives a quote of a source: the words, or why not. */
  const wordsFor = (source) => {
    const text = articleText();
    const now = selectedWords();
    const chosen = now === undefined ? chosenWords : now;
    if (!text) return { problem: 'No article text on this page: open the article to select its words.' };
    if (!chosen) return { problem: 'Select words in the article text first, then use them.' };
    if (chosen.outside) return { problem: 'The selected words are not in the article text: select them in the article.' };
    if (source && chosen.source !== source) return { problem: 'This quote is from ' + source + ': open that article to select its words.' };
    // A quote field is one line (an input drops line breaks), and the build finds a quote by its exact characters.
    if (chosen.across || /[\\r\\n]/.test(chosen.words)) return { problem: 'The selected words run across a line break: a quote stays within one paragraph, select fewer words.' };
    const all = articleWords(text);
    const count = occurrences(all, chosen.words);
    if (count === 1) return { words: chosen.words };
    const wider = count > 1 ? widened(all, chosen.at ?? -1, chosen.words) : undefined;
    if (!wider) return { problem: 'These words occur ' + (count > 9 ? 'many' : count) + ' times in the article: select more of them, so that they occur once.' };
    return { words: wider, note: 'These words occur ' + (count > 9 ? 'many' : count) + ' times in the article: cited with the words beside them, \u201c' + wider + '\u201d, which occur once.' };
  };
  const useSelection = (button) => {
    const input = document.getElementById(button.dataset.target);
    const note = button.parentElement.querySelector('.quote-note');
    const found = wordsFor(input.dataset.source);
    if (found.problem) { say(note, found.problem); return; }
    input.value = found.words;
    say(note, found.note || 'Quote set to the selected words.');
  };
  const quoteKey = () => {
    const form = selected?.querySelector('details.edit[open] form') || (selected?.classList.contains('new-fact') ? selected.querySelector('form') : null);
    if (!form) { say(document.getElementById('selection-note'), "Open a fact's edit form (e) or add a fact (n) first: q puts the selected words into its quote."); return; }
    const target = document.getElementById(form.dataset.lastQuote || '') || form.querySelector('input[name="quote.new"]') || [...form.querySelectorAll('input[name^="quote."]')].pop();
    const button = target && form.querySelector('.use-selection[data-target="' + target.id + '"]');
    if (button) useSelection(button);
  };
  document.addEventListener('focusin', (event) => {
    if (event.target.matches && event.target.matches('input[name^="quote."]')) event.target.form.dataset.lastQuote = event.target.id;
  });
  document.addEventListener('selectionchange', () => {
    const now = selectedWords();
    if (now === undefined) { if (window.getSelection()?.isCollapsed === false) chosenWords = { outside: true }; return; }
    chosenWords = now;
    const shown = document.querySelector('.add-fact .selected-words');
    if (shown) shown.textContent = now && now.words ? 'citing the selected words: \u201c' + (now.words.length > 80 ? now.words.slice(0, 80) + '\u2026' : now.words) + '\u201d' : '';
  });
  document.addEventListener('submit', (event) => {
    const form = event.target.closest('form.add-fact');
    if (!form) return;
    const note = form.querySelector('.selected-words');
    const now = selectedWords();
    const chosen = now === undefined ? chosenWords : now;
    if (!chosen) { form.elements.quote.value = ''; return; }
    const found = wordsFor(articleText()?.dataset.source);
    if (found.problem) { event.preventDefault(); say(note, found.problem); return; }
    form.elements.quote.value = found.words;
  });

  // Lists of objects: a new item from the list's template, numbered after the highest index in use.
  const addItem = (fieldset, after, focus = true) => {
    const list = fieldset.querySelector('ol.items');
    const used = [...list.querySelectorAll('[name]')].map((input) => Number(input.name.split('.')[1])).filter(Number.isFinite);
    const index = used.length ? Math.max(...used) + 1 : 0;
    const holder = document.createElement('ol');
    holder.innerHTML = fieldset.querySelector('template').innerHTML.replaceAll('__N__', String(index)).replaceAll('__P__', String(list.children.length + 1));
    const item = holder.firstElementChild;
    if (after) after.after(item); else list.append(item);
    if (focus) item.querySelector('input, select, textarea').focus();
    return index;
  };
  const removeItem = (item) => {
    const next = item.nextElementSibling || item.previousElementSibling;
    const fieldset = item.closest('fieldset.objects');
    item.remove();
    (next ? next.querySelector('input, select, textarea') : fieldset.querySelector('.add-item')).focus();
  };
  // A list of ids' Remove button takes its value out of the comma-separated field, then goes; focus moves to the next button or the field.
  const removeValue = (button) => {
    const field = document.getElementById(button.dataset.field);
    field.value = field.value.split(',').map((v) => v.trim()).filter((v) => v && v !== button.dataset.value).join(', ');
    const next = button.nextElementSibling || button.previousElementSibling;
    button.remove();
    (next || field).focus();
  };
  // A field's name on a card opens its edit form at that field's control (a list's first control, else its Add button).
  const editField = (card, field) => {
    const details = card.querySelector('details.edit');
    if (!details) return;
    details.open = true;
    select(card, false);
    const control = document.getElementById('edit-' + card.dataset.fact + '-' + field);
    const target = control && control.matches('fieldset') ? control.querySelector('input, select, textarea') || control.querySelector('.add-item') : control;
    target?.focus();
  };
  // "Fill empty fields from selected words": what the words state (GET /prefill, the new fact's reading) goes into
  // the open form's empty fields only, and the words become its new citation unless a quote of it holds them,
  // so that the build's checks find the values in its quotes. A date filled brings its derived note along.
  const fillControl = (form, field, value) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const number = form.elements[field + '.value'];
      const hedge = form.elements[field + '.qualifier'];
      if (!number || number.value.trim() || value.value === null) return false;
      number.value = String(value.value);
      if (hedge && !hedge.value && value.qualifier) hedge.value = value.qualifier;
      return true;
    }
    if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) return fillItems(form, field, value);
    const control = form.elements[field];
    if (!control || !('value' in control) || control.value.trim() || value === null) return false;
    control.value = Array.isArray(value) ? value.join(', ') : String(value);
    return control.value !== '';
  };
  // An empty list of objects (an event's figures) takes the items the words state, one each, the focus left where
  // it is; a reference inside an item (a role's body) is picked by the reviewer, its search box beside it. A list
  // of counts already holding items (figures: visitors) takes the counts of what it does not count yet (the
  // publishers a second sentence gives), never a second count of the same thing; its items stay as they are.
  const isCount = (object) => 'value' in object && 'qualifier' in object;
  const countedBy = (object) => Object.entries(object).filter(([key, v]) => key !== 'value' && key !== 'qualifier' && typeof v === 'string').map(([key, v]) => [key, v.trim().toLowerCase()]);
  const holdsItem = (form, field, fieldset, object) => {
    const keys = countedBy(object);
    const indexes = new Set([...fieldset.querySelectorAll('ol.items [name]')].map((input) => input.name.split('.')[1]));
    return keys.length > 0 && [...indexes].some((index) => keys.every(([key, v]) => (form.elements[field + '.' + index + '.' + key]?.value ?? '').trim().toLowerCase() === v));
  };
  const fillItems = (form, field, items) => {
    const fieldset = form.querySelector('fieldset.objects[data-field="' + field + '"]');
    if (!fieldset) return false;
    const held = fieldset.querySelector('ol.items [name]') !== null;
    if (held && !items.every(isCount)) return false;
    let filled = false;
    for (const object of items) {
      if (held && holdsItem(form, field, fieldset, object)) continue;
      const index = addItem(fieldset, null, false);
      for (const [key, v] of Object.entries(object)) {
        const control = form.elements[field + '.' + index + '.' + key];
        if (!control || control.type === 'hidden' || v === null || v === undefined) continue;
        control.value = String(v);
        filled = true;
      }
    }
    return filled;
  };
  // An edit form offers one new citation (quote.new); words of a second sentence that fill a field need their own, as
  // a new fact's second citation (quote.more): a copy of the new citation's field, empty, after it. The server reads
  // quote.more of any form.
  const anotherCitation = (form) => {
    const first = form.elements['quote.new'];
    const field = first && first.closest('.field.quote');
    if (!field) return undefined;
    const copy = field.cloneNode(true);
    const input = copy.querySelector('input[name="quote.new"]');
    input.name = 'quote.more';
    input.id = first.id + '-more';
    input.value = '';
    input.removeAttribute('aria-describedby');
    input.removeAttribute('aria-invalid');
    copy.querySelector('input[name="source.new"]').name = 'source.more';
    copy.querySelector('label').setAttribute('for', input.id);
    copy.querySelector('label').textContent = 'another citation of ' + input.dataset.source + ' (the words that state what was filled)';
    const use = copy.querySelector('.use-selection');
    use.dataset.target = input.id;
    use.setAttribute('aria-label', use.getAttribute('aria-label').replace(/^Use selected words as quote \\d+/, 'Use selected words as another quote'));
    copy.querySelector('.quote-note').textContent = '';
    copy.querySelectorAll('.field-error').forEach((n) => n.remove());
    field.after(copy);
    return input;
  };
  const fillFromWords = async (button) => {
    const form = button.closest('form');
    const note = button.parentElement.querySelector('.fill-note');
    const found = wordsFor(button.dataset.source);
    if (found.problem) { say(note, found.problem); return; }
    const response = await fetch('/prefill?' + new URLSearchParams({ collection: button.dataset.collection, source: button.dataset.source, quote: found.words }));
    const values = response.ok ? await response.json() : {};
    const filled = Object.entries(values).filter(([field, value]) => field !== 'derived' && field !== 'note' && fillControl(form, field, value)).map(([field]) => field);
    if (values.derived === true && filled.some((f) => ['date', 'start', 'end'].includes(f)) && form.elements.derived && form.elements.note) {
      form.elements.derived.value = 'true';
      // The build's checks read a note's clauses up to ".", ";" or ":": a second one is set off by "; ".
      const before = form.elements.note.value.trim().replace(/[.;:]$/, '');
      form.elements.note.value = (before ? before + '; ' : '') + values.note;
      filled.push('derived', 'note');
    }
    const quoted = [...form.querySelectorAll('input[name^="quote."]')].some((q) => q.dataset.source === button.dataset.source && q.value.includes(found.words));
    // The words were selected for this fact: they are its evidence even when they fill nothing. A new fact's form
    // holds its first words in quote.new, so a second sentence goes to its second citation (quote.more).
    const empty = [form.elements['quote.new'], form.elements['quote.more']].find((q) => q && !q.value.trim());
    const spare = empty || (quoted || form.elements['quote.more'] ? undefined : anotherCitation(form));
    const cite = !quoted && spare;
    if (cite) spare.value = found.words;
    const uncited = !quoted && !spare ? '; no empty quote is left to cite them: clear one, or save, then edit to add them' : '';
    say(note, (found.note ? found.note + ' ' : '') + (filled.length ? 'Filled ' + filled.join(', ') + ' from the selected words' + (cite ? ', cited as a new quote' : uncited) + '.'
      : 'Nothing to fill: the selected words state nothing the empty fields take' + (cite ? '; they are cited as a new quote' : uncited) + '.'));
  };
  // f: the selected card's open form (an edit, or a new fact's) takes what the selected words state; on a card
  // without one it opens the edit form first; with no card chosen it says what f needs.
  const fillKey = () => {
    const fill = selected?.querySelector('.fill-from-words');
    const details = selected?.querySelector('details.edit');
    if (!fill) { say(document.getElementById('selection-note'), "f fills a form from words selected in an article: on the article's page, choose a fact's card (j, k or a click) or add a fact (n and a digit) first."); return; }
    if (details) details.open = true;
    fillFromWords(fill);
  };
  // "Mark as inferred" beside a refused value: derived becomes yes, the note gains the words the checks read
  // (unless it has them), and the focus goes to the note's end, to say from what it is inferred.
  const markInferred = (button) => {
    const form = button.closest('form');
    const derived = form.elements.derived;
    const note = form.elements.note;
    if (!derived || !note) return;
    derived.value = 'true';
    const words = button.dataset.note;
    if (!note.value.includes(words.trim())) note.value = (note.value.trim() ? note.value.trim() + ' ' : '') + words;
    note.focus();
    note.setSelectionRange(note.value.length, note.value.length);
  };
  // The edit forms as the page gave them: Cancel puts the form back (items added or removed too) and the focus on its card.
  const originals = new Map([...document.querySelectorAll('details.edit form')].map((form) => [form, form.innerHTML]));
  const cancelEdit = (details) => {
    const form = details.querySelector('form');
    form.innerHTML = originals.get(form);
    details.open = false;
    const card = details.closest('.card');
    select(card, false);
    card.focus();
  };

  // Chromium starts no selection on a press inside a focusable element: a highlight (focusable, for the keyboard)
  // is made unfocusable for the press of the main button, so a drag over its words selects them, and focusable
  // again when the button is released.
  document.addEventListener('mousedown', (event) => {
    const mark = event.button === 0 && event.target.closest('mark[data-facts][tabindex]');
    if (!mark) return;
    mark.removeAttribute('tabindex');
    document.addEventListener('mouseup', () => mark.setAttribute('tabindex', '0'), { once: true });
  });

  document.addEventListener('click', (event) => {
    const mark = event.target.closest('mark[data-facts]');
    // A drag over words inside a highlight ends in a click on it: words selected for the open card (f, q), not a
    // choice of the highlight's facts, so the chosen card stays chosen.
    if (mark && !document.getSelection().isCollapsed) return;
    if (mark) {
      const ids = mark.dataset.facts.split(' ');
      const cardOf = (id) => document.getElementById('card-' + id) || document.getElementById('line-' + id) || document.querySelector('[data-challenges~="' + id + '"]');
      cards().forEach((c) => c.classList.toggle('dim', !ids.some((id) => cardOf(id) === c)));
      select(cardOf(ids[0]));
      return;
    }
    const words = event.target.closest('.show-words');
    if (words) { select(words.closest('.card'), false); showWords(words.dataset.fact); return; }
    const use = event.target.closest('.use-selection');
    if (use) { useSelection(use); return; }
    const find = event.target.closest('.select-words');
    if (find) { selectInText(find); return; }
    const add = event.target.closest('.add-item');
    if (add) { addItem(add.closest('fieldset.objects')); return; }
    const remove = event.target.closest('.remove-item');
    if (remove) { removeItem(remove.closest('li.item')); return; }
    const removeId = event.target.closest('.remove-id');
    if (removeId) { removeValue(removeId); return; }
    const cancel = event.target.closest('.cancel-edit');
    if (cancel) { cancelEdit(cancel.closest('details.edit')); return; }
    const fill = event.target.closest('.fill-from-words');
    if (fill) { fillFromWords(fill); return; }
    const inferred = event.target.closest('.mark-inferred');
    if (inferred) { markInferred(inferred); return; }
    const fieldName = event.target.closest('.edit-field');
    if (fieldName) { editField(fieldName.closest('.card'), fieldName.dataset.field); return; }
    const card = event.target.closest('.card, .line');
    if (card) select(card, false);
    else if (!event.target.closest('form')) cards().forEach((c) => c.classList.remove('dim'));
  });
  // Lists of objects (roles, figures): Alt+Enter adds an item after the one being typed in, Alt+Backspace removes it.
  // From another field of the form (a new person's name, before any role), Alt+Enter adds an item to the form's
  // list (each collection's form has at most one): the first item needs no click on its Add button.
  const listOfForm = (event) => (event.key === 'Enter' && event.target.closest('form')?.querySelector('fieldset.objects')) || null;
  document.addEventListener('keydown', (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || !event.target.closest) return;
    const fieldset = event.target.closest('fieldset.objects') || listOfForm(event);
    if (!fieldset) return;
    const item = event.target.closest('li.item');
    if (event.key === 'Enter') addItem(fieldset, item);
    else if (event.key === 'Backspace' && item) removeItem(item);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }, true);
  document.addEventListener('keydown', (event) => {
    const kinds = event.target.closest('select.add-kind');
    // In the kind list, a digit picks the kind it numbers and opens its form at once; Enter opens the one shown.
    if (kinds && /^[1-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey && kinds.options[Number(event.key) - 1]) {
      event.preventDefault();
      kinds.selectedIndex = Number(event.key) - 1;
      kinds.form.requestSubmit();
      return;
    }
    if (kinds && event.key === 'Enter') { event.preventDefault(); kinds.form.requestSubmit(); return; }
    if (event.target.closest('input, textarea, select') || event.ctrlKey || event.metaKey || event.altKey) {
      if (event.key === 'Escape') event.target.blur();
      else if (!event.ctrlKey && !event.metaKey && !event.altKey && PAGE_KEYS.includes(event.key) && typesNothing(event.target, event.key)) keyHint(event.target, event.key);
      return;
    }
    const list = cards();
    const at = list.indexOf(selected);
    const inCard = (sel) => selected?.querySelector(sel);
    const keys = {
      j: () => select(list[Math.min(at + 1, list.length - 1)]),
      k: () => select(list[Math.max(at - 1, 0)]),
      a: () => inCard('button.accept')?.click(),
      r: () => inCard('input[name=reason]')?.focus(),
      m: () => inCard('input[name=into]')?.focus(),
      e: () => { const open = inCard('a.open-card'); if (open) { open.click(); return; } const d = inCard('details.edit'); if (d) { d.open = true; focusFirst(d); } },
      // On a line of the reading view: Enter opens its card, Shift+Enter accepts its paragraph's facts (not on a button or link, which Enter presses).
      Enter: () => {
        if (!selected || !selected.matches('.line') || event.target.closest('button, a, summary')) return false;
        const button = event.shiftKey ? selected.closest('.para')?.querySelector('.accept-paragraph button') : selected.querySelector('a.open-card');
        if (!button) return false;
        button.click();
      },
      v: () => document.querySelector('a.view-toggle')?.click(),
      Escape: () => { const d = inCard('details.edit[open]'); if (d) cancelEdit(d); },
      q: () => quoteKey(),
      f: () => fillKey(),
      x: () => { const button = inCard('.remove-citation button'); if (button) { button.closest('details').open = true; button.focus(); } },
      n: () => document.getElementById('add-collection')?.focus(),
      w: () => selected && showWords(selected.dataset.fact),
      A: () => document.querySelector('.accept-rest button')?.click(),
      I: () => inCard('button.accept-renamed')?.click(),
      P: () => document.querySelector('header form button')?.click(),
      K: () => inCard('.challenge button.keep')?.click(),
      R: () => inCard('.challenge button.replace:not([disabled])')?.click(),
      D: () => inCard('.challenge button.dispute:not([disabled])')?.click(),
    };
    const run = keys[event.key];
    if (run && run() !== false) event.preventDefault();
  });
  // Reference fields: a combobox searching the knowledge base by name (GET /lookup), its options in a listbox.
  const optionsOf = (box) => document.getElementById(box.getAttribute('aria-controls'));
  const close = (box) => { optionsOf(box).hidden = true; box.setAttribute('aria-expanded', 'false'); box.removeAttribute('aria-activedescendant'); };
  const choose = (box, option) => {
    const target = document.getElementById(box.dataset.target);
    if (box.dataset.list) {
      const ids = target.value.split(',').map((s) => s.trim()).filter(Boolean);
      if (!ids.includes(option.dataset.id)) ids.push(option.dataset.id);
      target.value = ids.join(', ');
    } else target.value = option.dataset.id;
    target.setCustomValidity('');
    // A save held while this name was typed but not chosen left the box invalid: chosen now, it no longer holds the form.
    box.setCustomValidity('');
    const chosen = box.parentElement.querySelector('.ref-chosen');
    chosen.textContent = (box.dataset.list ? 'added ' : 'chosen ') + option.dataset.title + ' (' + option.dataset.id + ')';
    // A single reference keeps the chosen name in its box; a list's box is emptied for the next name.
    box.value = box.dataset.list ? '' : option.dataset.title;
    box.dataset.picked = box.value;
    close(box);
    box.focus();
  };
  const showOptions = (box, matches) => {
    const list = optionsOf(box);
    list.replaceChildren(...matches.map((m, i) => {
      const option = document.createElement('li');
      option.id = list.id + '-' + i;
      option.setAttribute('role', 'option');
      option.dataset.id = m.id;
      option.dataset.title = m.title;
      const code = document.createElement('code');
      code.textContent = m.id;
      option.append(m.title + ' · ' + m.type + ' ', code);
      return option;
    }));
    if (!matches.length) { const none = document.createElement('li'); none.textContent = 'no name matches'; none.className = 'none'; list.append(none); }
    list.hidden = false;
    box.setAttribute('aria-expanded', 'true');
    box.removeAttribute('aria-activedescendant');
  };
  // Looks up what the box holds; resolves true once its options are shown, false when a later lookup superseded it.
  // The article beside the form: an empty box lists the rows it cites, so a name it holds is one click away, and
  // names typed list its rows before other articles'.
  const articleShown = () => { const text = document.querySelector('.text[data-source]'); return text ? text.dataset.source : ''; };
  const search = async (box) => {
    const typed = box.value.trim();
    const seq = (box.dataset.seq = String(Number(box.dataset.seq || 0) + 1));
    if (!typed && !articleShown()) { close(box); return false; }
    const response = await fetch('/lookup?' + new URLSearchParams({ q: typed, in: box.dataset.in, ...(articleShown() ? { article: articleShown() } : {}) }));
    // A merge box never offers the row it would merge: a fact cannot be merged into itself.
    const matches = (response.ok ? await response.json() : []).filter((m) => m.id !== box.dataset.except);
    if (seq !== box.dataset.seq) return false; // a later keystroke's answer wins
    if (!typed && !matches.length) { close(box); return false; }
    showOptions(box, matches);
    box.dataset.shownFor = typed;
    return true;
  };
  const activate = (box, i) => {
    const options = [...optionsOf(box).querySelectorAll('[role=option]')];
    options.forEach((o, n) => o.setAttribute('aria-selected', String(n === i)));
    if (options[i]) box.setAttribute('aria-activedescendant', options[i].id);
  };
  document.addEventListener('input', (event) => {
    const box = event.target.closest('input.ref-search');
    if (box) { delete box.dataset.picked; search(box); return; }
    if (event.target.setCustomValidity) event.target.setCustomValidity('');
  });
  // Entering an empty box lists the article's rows; leaving the box and its list closes them.
  document.addEventListener('focusin', (event) => {
    const box = event.target.closest && event.target.closest('input.ref-search');
    if (box && !box.value.trim() && articleShown()) search(box);
  });
  document.addEventListener('focusout', (event) => {
    const box = event.target.closest && event.target.closest('input.ref-search');
    if (box) close(box);
  });
  // Pressing on an option keeps the focus in its box (a combobox's list takes no focus), so the click lands.
  document.addEventListener('mousedown', (event) => { if (event.target.closest('.ref-options')) event.preventDefault(); });
  // Any other way a form is sent while a pick is pending (Enter in a field): the same wait.
  document.addEventListener('submit', (event) => {
    const form = event.target;
    const submitter = event.submitter && event.submitter.form === form ? event.submitter : undefined;
    if (!submitWhenPicked(form, submitter)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  }, true);
  // A name typed in a search box but never chosen would be dropped without a word: the form is held and the box
  // says so (choose from the list, or empty the box), whatever the other fields hold, in the line below the box too.
  document.addEventListener('submit', (event) => {
    const unchosen = [...event.target.querySelectorAll('input.ref-search')].find((box) => box.value.trim() && box.value !== box.dataset.picked);
    if (!unchosen) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const why = '"' + unchosen.value.trim() + '" is typed but not chosen: pick it from the list (↓ and Enter, or click), or empty this box.';
    unchosen.setCustomValidity(why);
    say(unchosen.parentElement.querySelector('.ref-chosen'), why);
    unchosen.reportValidity();
    unchosen.addEventListener('input', () => unchosen.setCustomValidity(''), { once: true });
  }, true);
  // A merge sent with its id still empty says how to fill it, rather than the browser's bare "Please fill out this field".
  document.addEventListener('invalid', (event) => {
    const field = event.target;
    if (field.name === 'into' && !field.value) field.setCustomValidity('Choose the row it duplicates: type its name in the search box beside, then ↓ and Enter (or click the name).');
  }, true);
  document.addEventListener('click', (event) => {
    const option = event.target.closest('.ref-options [role=option]');
    if (option) choose(document.querySelector('[aria-controls="' + option.parentElement.id + '"]'), option);
  });
  // Captured before the page's keys: arrows move through the options, Enter chooses, Escape closes.
  document.addEventListener('keydown', (event) => {
    const box = event.target.closest && event.target.closest('input.ref-search');
    // Ctrl+Enter saves, Alt+Enter adds an item (above): a modified key is no pick.
    if (!box || event.ctrlKey || event.metaKey || event.altKey) return;
    // Options shown for fewer letters than the box now holds are stale: Enter and ↓ wait for the current lookup.
    const stale = box.value.trim() !== box.dataset.shownFor;
    if (box.getAttribute('aria-expanded') !== 'true' || (stale && (event.key === 'Enter' || event.key === 'ArrowDown'))) {
      if (event.key !== 'Enter' && event.key !== 'ArrowDown') return;
      event.preventDefault(); // Enter in a search never submits the form
      event.stopPropagation();
      if (!box.value.trim() || box.value === box.dataset.picked) return;
      // Pressed before the options arrived (or after they were closed): look up what is typed, then act on the
      // first option, as the same key would on the list shown.
      const key = event.key;
      const pick = search(box).then((shown) => {
        const first = shown && optionsOf(box).querySelector('[role=option]');
        if (first && key === 'Enter') choose(box, first);
        else if (first) activate(box, 0);
      });
      // A save pressed before the pick lands waits for it (below), rather than being held as a name not chosen.
      if (key === 'Enter') { pendingPicks.set(box, pick); pick.finally(() => { if (pendingPicks.get(box) === pick) pendingPicks.delete(box); }); }
      return;
    }
    const options = [...optionsOf(box).querySelectorAll('[role=option]')];
    const at = options.findIndex((o) => o.id === box.getAttribute('aria-activedescendant'));
    if (event.key === 'ArrowDown') activate(box, Math.min(at + 1, options.length - 1));
    else if (event.key === 'ArrowUp') activate(box, Math.max(at - 1, 0));
    else if (event.key === 'Enter') { if (options.length) choose(box, options[Math.max(at, 0)]); } // with no name matching, Enter still never submits
    else if (event.key === 'Escape') close(box);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }, true);

  // A decision made on a card comes back at the next card to review (after this one in the page, else the first
  // left), not at the top nor at the card just decided: the form names it, the server's answer goes to it.
  document.addEventListener('submit', (event) => {
    const form = event.target;
    // In the reading view: a line's own forms, or a paragraph's (its lines all decided at once).
    const card = form.closest('.card, .line, .para');
    if (!card || card.classList.contains('new-fact') || form.querySelector('input[name="next"]')) return;
    const pending = [...document.querySelectorAll('.card.machine, .card.challenged, .line')].filter((c) => c !== card && !card.contains(c) && !c.classList.contains('new-fact'));
    const next = pending.find((c) => card.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) || pending[0];
    if (!next) return;
    const named = document.createElement('input');
    named.type = 'hidden';
    named.name = 'next';
    named.value = next.dataset.fact;
    form.append(named);
  });

  // Back from an edit (hash #card-<id>): its card is selected and takes the focus; a new fact's form takes it at its first field.
  const hash = location.hash.slice(1);
  // In the reading view the next fact to review is its line (#card-<id> names it either way).
  const back = hash && (document.getElementById(hash) || document.getElementById(hash.replace(/^card-/, 'line-')))?.closest('.card, .line');
  const fresh = document.querySelector('.card.new-fact');
  select(back || fresh || document.querySelector('.card.machine') || document.querySelector('.line'), !!hash);
  if (back && back.classList.contains('card')) {
    // A fact just edited or set is reviewed, its fields folded: the card it comes back to shows them.
    const fields = back.querySelector(':scope > details:not(.edit)');
    if (fields) fields.open = true;
    back.focus();
  }
  else if (back) back.focus();
  else if (fresh) { fresh.scrollIntoView({ block: 'nearest' }); focusFirst(fresh); }
  // A refused save: the field the checks named takes the focus, its message read with it (aria-describedby); in a
  // list every item's controls share the list's message, so the one whose name the message holds ("figures.1.qualifier").
  const invalids = [...document.querySelectorAll('[aria-invalid="true"]')];
  const says = (control) => document.getElementById(control.getAttribute('aria-describedby'))?.textContent ?? '';
  const invalid = invalids.find((control) => control.name && says(control).includes(control.name)) ?? invalids[0];
  if (invalid) { select(invalid.closest('.card'), false); invalid.focus(); }
})();
`;
