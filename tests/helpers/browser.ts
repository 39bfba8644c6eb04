// What the review app's browser tests do to a page as a person would, shared so each test reads the same way.
import type { Page } from 'playwright-core';

/** Selects words of the article text (across its highlights) through the page's Selection API, as a drag of the mouse would. */
export const selectInArticle = (page: Page, words: string) => page.evaluate((wanted) => {
  const walker = document.createTreeWalker(document.querySelector('.text[data-source]')!, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const start = nodes.map((n) => n.data).join('').indexOf(wanted);
  if (start < 0) throw new Error(`not in the article: ${wanted}`);
  const at = (offset: number): [Text, number] => {
    let seen = 0;
    for (const node of nodes) { if (offset <= seen + node.data.length) return [node, offset - seen]; seen += node.data.length; }
    throw new Error('past the end of the article');
  };
  const range = document.createRange();
  range.setStart(...at(start));
  range.setEnd(...at(start + wanted.length));
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
}, words);
