// Page furniture that is never part of the minutes.
const FURNITURE =
  'script, style, noscript, template, nav, aside, form, iframe, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"]';

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/gu, '').length;
}

/**
 * The element of an HTML page that holds the document: the largest <article>, else <main> or
 * [role=main], else the body narrowed down while one child holds at least 70 % of the text
 * (the "largest text block" of a CMS page). Navigation, scripts, forms and asides are removed
 * from the page first; the page's own <header>/<footer> too when the body is the fallback.
 */
export function pickMainContent(document: Document): Element {
  for (const element of Array.from(document.querySelectorAll(FURNITURE))) element.remove();
  // A damaged page whose root element was itself furniture (a <script>, a <form>) has nothing left; linkedom's
  // document.body would throw on the missing root, so answer an empty element: the page has no content.
  if (!document.documentElement) return document.createElement('body');
  const body = document.body ?? document.documentElement;
  const articles = Array.from(document.querySelectorAll('article')).sort((a, b) => textLength(b) - textLength(a));
  const main = articles[0] ?? document.querySelector('main, [role="main"]');
  if (main && textLength(main) > 0) return main;
  for (const element of Array.from(body.querySelectorAll(':scope > header, :scope > footer'))) element.remove();
  let current: Element = body;
  for (;;) {
    const total = textLength(current);
    const child = Array.from(current.children).find((c) => textLength(c) >= 0.7 * total);
    if (!child || total === 0 || /^(P|H[1-6]|LI|TABLE|TR|TD|UL|OL)$/iu.test(child.tagName)) return current;
    current = child;
  }
}
