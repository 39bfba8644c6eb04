// HTML built by a tagged template that escapes every interpolated value unless it is already Html: article
// text, quotes, ids and reasons may hold markup (`<script>`), and none of it reaches the page unescaped.
export class Html {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

// A carriage return is written as a reference: the HTML parser turns a literal one into a line feed, and the
// page's text (and a quote selected in it) must keep the article's own characters.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' };

export const escapeHtml = (text: string) => text.replace(/[&<>"'\r]/g, (c) => ENTITIES[c]!);

function piece(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(piece).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  return new Html(strings.reduce((out, part, i) => out + part + (i < values.length ? piece(values[i]) : ''), ''));
}
