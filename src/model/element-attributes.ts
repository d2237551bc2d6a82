/**
 * The attributes the model reads from an element, copied once into an object of one fixed shape.
 *
 * Why: htmlparser2 builds each element's `attribs` by adding keys in source order, so the elements
 * of a message come in dozens of object shapes, and each of the walk's many lookups per element
 * (most of them for attributes that are absent) misses V8's inline caches. Read from one shape,
 * every lookup is a plain field load.
 */
export type ElementAttributes = {
  style: string | undefined;
  class: string | undefined;
  id: string | undefined;
  hidden: string | undefined;
  width: string | undefined;
  height: string | undefined;
  src: string | undefined;
  alt: string | undefined;
  title: string | undefined;
  href: string | undefined;
  size: string | undefined;
  'font-size': string | undefined;
  'font-weight': string | undefined;
  color: string | undefined;
  bgcolor: string | undefined;
  background: string | undefined;
  'background-color': string | undefined;
  'background-url': string | undefined;
  'container-background-color': string | undefined;
};

/** Every field absent: the one shape all records share (fields are only ever assigned, never added). */
function emptyAttributes(): ElementAttributes {
  return {
    style: undefined, class: undefined, id: undefined, hidden: undefined, width: undefined, height: undefined,
    src: undefined, alt: undefined, title: undefined, href: undefined, size: undefined, 'font-size': undefined,
    'font-weight': undefined, color: undefined, bgcolor: undefined, background: undefined, 'background-color': undefined,
    'background-url': undefined, 'container-background-color': undefined,
  };
}

/**
 * The attributes the model reads, each cut to `maxChars`. Every attribute is length-checked in
 * source order, read or not: `onLong` is told of each longer one (name and full length), as a
 * limit the report lists.
 */
export function readAttributes(attribs: Record<string, string>, maxChars: number, onLong: (name: string, value: string) => void): ElementAttributes {
  const out = emptyAttributes();
  for (const name in attribs) {
    let value = attribs[name];
    if (value === undefined) continue;
    if (value.length > maxChars) {
      onLong(name, value);
      value = value.slice(0, maxChars);
    }
    switch (name) {
      case 'style': out.style = value; break;
      case 'class': out.class = value; break;
      case 'id': out.id = value; break;
      case 'hidden': out.hidden = value; break;
      case 'width': out.width = value; break;
      case 'height': out.height = value; break;
      case 'src': out.src = value; break;
      case 'alt': out.alt = value; break;
      case 'title': out.title = value; break;
      case 'href': out.href = value; break;
      case 'size': out.size = value; break;
      case 'font-size': out['font-size'] = value; break;
      case 'font-weight': out['font-weight'] = value; break;
      case 'color': out.color = value; break;
      case 'bgcolor': out.bgcolor = value; break;
      case 'background': out.background = value; break;
      case 'background-color': out['background-color'] = value; break;
      case 'background-url': out['background-url'] = value; break;
      case 'container-background-color': out['container-background-color'] = value; break;
    }
  }
  return out;
}
