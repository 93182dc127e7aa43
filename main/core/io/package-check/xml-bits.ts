// The few pieces of XML reading the ledger check needs, on strings: entities, attributes, the text of a string item,
// and one element found by name. Hand-written with indexOf: regular expressions over a 100 MB sheet took seconds more.

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** An attribute's value; XML writers separate attributes by blanks, made plain spaces here before the look-up. */
export function attribute(attributes: string, name: string): string | null {
  // indexOf, not a RegExp: a sheet of 100,000 rows asks for `r` and `t` millions of times
  const text = /[\t\r\n]/.test(attributes) ? attributes.replace(/[\t\r\n]/g, ' ') : attributes;
  const key = ` ${name}="`;
  const start = text.startsWith(key.slice(1)) ? 0 : text.indexOf(key);
  if (start < 0) return null;
  const from = start + (start === 0 && !text.startsWith(' ') ? key.length - 1 : key.length);
  const end = text.indexOf('"', from);
  return end < 0 ? null : decodeXml(text.slice(from, end));
}

/** The text of an <si> or <is>: its <t> runs, without phonetic guides (<rPh>), which are not part of the value. */
export function runText(xml: string): string {
  // the usual case, one plain run: <t>…</t> or <t xml:space="preserve">…</t>
  const first = xml.indexOf('<t');
  if (first >= 0 && xml.indexOf('<t', first + 2) < 0 && !xml.includes('<rPh')) {
    const open = xml.indexOf('>', first);
    if (xml[open - 1] === '/') return '';
    return decodeXml(xml.slice(open + 1, xml.indexOf('</t>', open)));
  }
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const match of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += decodeXml(match[1] ?? '');
  return text;
}

/** The element `<name …>…</name>` or `<name …/>` starting at `from`: its attributes, body and where it ends. */
export function element(
  xml: string,
  name: string,
  from: number,
): { attributes: string; body: string; end: number } | null {
  let start = xml.indexOf(`<${name}`, from);
  // skip longer names that share the prefix (<cols> when looking for <c>)
  while (start >= 0 && !/[\s/>]/.test(xml[start + name.length + 1] ?? '')) start = xml.indexOf(`<${name}`, start + 1);
  if (start < 0) return null;
  const tagEnd = xml.indexOf('>', start);
  if (tagEnd < 0) return null;
  if (xml[tagEnd - 1] === '/') {
    return { attributes: xml.slice(start + name.length + 1, tagEnd - 1), body: '', end: tagEnd + 1 };
  }
  const close = xml.indexOf(`</${name}>`, tagEnd);
  if (close < 0) return null;
  return {
    attributes: xml.slice(start + name.length + 1, tagEnd),
    body: xml.slice(tagEnd + 1, close),
    end: close + name.length + 3,
  };
}
