import { DOMParser } from 'linkedom';

/** The little of a DOM element the export tests read. */
export interface XmlElement {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): XmlElement[];
  textContent: string | null;
  children: XmlElement[];
}

/**
 * An XML document's root, parsed by linkedom after a strict well-formedness
 * check (linkedom itself forgives unclosed tags and bare ampersands).
 */
export function parseXml(xml: string): XmlElement {
  checkWellFormed(xml);
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: XmlElement | null };
  if (!doc.documentElement) throw new Error('no document element');
  return doc.documentElement;
}

/** An attribute's value with XML references decoded (linkedom's XML mode leaves them as written in attributes). */
export function attr(element: XmlElement, name: string): string | null {
  const raw = element.getAttribute(name);
  return raw === null
    ? null
    : raw.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, ref: string) => {
        if (ref === 'lt') return '<';
        if (ref === 'gt') return '>';
        if (ref === 'quot') return '"';
        if (ref === 'apos') return "'";
        if (ref === 'amp') return '&';
        return String.fromCodePoint(ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
      });
}

const REFERENCE = /&(?:lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g;

function checkText(text: string, where: string): void {
  if (text.replace(REFERENCE, '').includes('&')) throw new Error(`bare & in ${where}`);
  if (text.includes('<')) throw new Error(`raw < in ${where}`);
}

/**
 * Throws unless the document is well-formed XML as far as the exports go: an
 * optional declaration, one root, tags closed in order, attributes quoted and
 * not repeated, `<` and `&` only where markup allows them.
 */
export function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  let rest = xml.replace(/^<\?xml [^?]*\?>/, '');
  const name = '[A-Za-z_:][A-Za-z0-9_:.-]*';
  const open = new RegExp(`^<(${name})((?:\\s+${name}\\s*=\\s*"[^"]*")*)\\s*(/?)>`);
  const close = new RegExp(`^</(${name})\\s*>`);
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt === -1 ? rest : rest.slice(0, lt);
    if (text.trim() !== '' && stack.length === 0) throw new Error(`text outside the root: ${text.slice(0, 40)}`);
    checkText(text, 'text');
    if (lt === -1) break;
    rest = rest.slice(lt);
    const c = close.exec(rest);
    if (c) {
      if (stack.pop() !== c[1]) throw new Error(`</${c[1]}> closes nothing open`);
      rest = rest.slice(c[0].length);
      continue;
    }
    const o = open.exec(rest);
    if (!o) throw new Error(`malformed tag at: ${rest.slice(0, 60)}`);
    const seen = new Set<string>();
    for (const a of (o[2] ?? '').matchAll(new RegExp(`(${name})\\s*=\\s*"([^"]*)"`, 'g'))) {
      if (seen.has(a[1]!)) throw new Error(`attribute ${a[1]} repeated`);
      seen.add(a[1]!);
      checkText(a[2]!, `attribute ${a[1]}`);
    }
    if (stack.length === 0 && ++roots > 1) throw new Error('more than one root');
    if (o[3] !== '/') stack.push(o[1]!);
    rest = rest.slice(o[0].length);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error('no root element');
}
