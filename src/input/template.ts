import type { InputKind, LimitReached, ParsedInput, Span } from '../types.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { decodeText } from './charset.js';
import { isPhpWithoutOpenTag, maskPhpWithoutOpenTag, maskPrintfPlaceholders, maskTemplate } from './template-mask.js';
import { maskRazor } from './razor.js';
import { readJsx } from './jsx.js';
import { scriptStringsText } from './script-strings.js';
import { looksLikeYamlMapping, yamlStringsText } from './locale-yaml.js';
import { jsonStringsText, looksLikeJsonStrings } from './locale-json.js';
import { looksLikePo, poStringsText } from './locale-po.js';
import { looksLikeXmlStrings, xmlStringsText } from './locale-xml.js';
import { keyValueText, looksLikeKeyValues } from './locale-ini.js';
import { csvStringsText, looksLikeCsvStrings } from './locale-csv.js';
import { stringKeys, translationCallKeys } from './string-keys.js';
import { fluentText, looksLikeFluent } from './locale-fluent.js';
import { looksLikeSqlStrings, sqlStrings } from './sql-strings.js';
import { indentedTemplateText, type IndentedLanguage } from './indented-template.js';
import { isLaravelMarkdownMail, rewriteLaravelMailComponents } from './laravel-mail.js';
import { markdownToHtml } from './markdown.js';
import { blankKeepingLines, lineColumnAt } from './lines.js';
import { decodeTextEntities } from './text-entities.js';

/** File extensions that are template languages; the value is the language reported. */
const TEMPLATE_EXTENSIONS: Record<string, string> = {
  liquid: 'liquid', hbs: 'handlebars', handlebars: 'handlebars', mustache: 'mustache', twig: 'twig',
  jinja: 'jinja', jinja2: 'jinja', j2: 'jinja', njk: 'nunjucks', erb: 'erb', ejs: 'ejs', php: 'php',
  phtml: 'php', ftl: 'freemarker', ftlh: 'freemarker', tpl: 'go', tmpl: 'go', gohtml: 'go', heex: 'heex',
  eex: 'heex', blade: 'blade', razor: 'razor', cshtml: 'razor', vm: 'velocity', hbr: 'handlebars',
  slim: 'slim', haml: 'haml', pug: 'pug', jade: 'pug',
};

/** Indentation templates: read by src/input/indented-template.ts. */
const INDENTED_EXTENSIONS: Record<string, IndentedLanguage> = { slim: 'slim', haml: 'haml', pug: 'pug', jade: 'pug' };

/**
 * A translation-file reader: whether a file has its format's shape, and its strings in place (with
 * the subject, where the format names it apart from the body, as SQL's subject column does).
 */
interface TranslationReader {
  shape: (source: string) => boolean;
  strings: (source: string) => string | { text: string; subject: { text: string; offset: number } | null };
}
const YAML: TranslationReader = { shape: looksLikeYamlMapping, strings: yamlStringsText };
const GETTEXT: TranslationReader = { shape: looksLikePo, strings: poStringsText };
const XML_STRINGS: TranslationReader = { shape: looksLikeXmlStrings, strings: xmlStringsText };
const KEY_VALUES: TranslationReader = { shape: looksLikeKeyValues, strings: keyValueText };
const CSV: TranslationReader = { shape: looksLikeCsvStrings, strings: csvStringsText };
const SQL: TranslationReader = { shape: looksLikeSqlStrings, strings: sqlStrings };
/**
 * Translation files, by extension: only their strings are read (src/input/locale-yaml.ts,
 * locale-json.ts, locale-po.ts, locale-xml.ts, locale-ini.ts, locale-csv.ts, and sql-strings.ts
 * for SQL that installs mail templates), when the content has that file's
 * shape. A folder walk does not pick them (an app keeps configuration in the same formats): they
 * are checked when named or matched by a glob.
 */
const TRANSLATION_FILES: Record<string, TranslationReader> = {
  yml: YAML, yaml: YAML, json: { shape: looksLikeJsonStrings, strings: jsonStringsText }, po: GETTEXT, pot: GETTEXT,
  xml: XML_STRINGS, xlf: XML_STRINGS, xliff: XML_STRINGS, resx: XML_STRINGS, ini: KEY_VALUES, properties: KEY_VALUES, csv: CSV,
  // Mail templates installed by SQL statements (src/input/sql-strings.ts): their literals.
  sql: SQL,
  // Dolibarr's language files (langs/xx_XX/*.lang): KEY=value lines with \n escapes, as properties.
  lang: KEY_VALUES,
  // Fluent, when it has Fluent's shape; else a FreeMarker template (TEMPLATE_EXTENSIONS).
  ftl: { shape: looksLikeFluent, strings: fluentText },
};

/** A PHP language file: an array of strings returned or assigned by key, or constants defined. */
const PHP_LANGUAGE_FILE = /(?:^|\n)[ \t]*(?:return[ \t]*(?:\[|array[ \t]*\()|\$_\[|\$lang\w*\[|define[ \t]*\()/;

/** Markdown files: read by src/input/markdown.ts. */
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown']);

/** JSX components (React Email): read by src/input/jsx.ts. */
const JSX_EXTENSIONS = new Set(['tsx', 'jsx']);

/** JavaScript and TypeScript modules: only their string literals are read (src/input/script-strings.ts). */
// (And Go, Java and C#, whose comments are // and /* */ and whose strings are quoted or, in Go, in
// backticks: a file of theirs that builds a mail from strings is read by its strings as a JavaScript
// module is. Not Swift, Kotlin or Scala, where a backtick quotes a name, nor Rust, whose 'a is no
// string: their mails would be read as code. A Python module is read the same way by its own
// syntax: '#' comments, triple-quoted strings.)
const SCRIPT_EXTENSIONS = new Set(['js', 'mjs', 'cjs', 'ts', 'mts', 'cts', 'tsx', 'jsx', 'go', 'java', 'cs']);

export function extensionOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export interface TemplateOptions {
  subject?: string;
}

/** Parses an HTML, MJML, plain-text or template file (anything that is not a raw message). */
export function parseTemplate(file: string, bytes: Buffer, opts: TemplateOptions = {}, limits: Limits = { ...DEFAULT_LIMITS }): ParsedInput {
  const notes: string[] = [];
  const limitsReached: LimitReached[] = [];
  let { text: decoded, charset } = decodeText(bytes);
  if (charset.includes('guessed') || charset.includes('detected')) notes.push(`not UTF-8 and no charset declared: read as ${charset}`);
  if (decoded.length > limits.maxBodyChars) {
    limitsReached.push({
      limit: 'maxBodyChars',
      value: limits.maxBodyChars,
      skipped: `the file after its first ${limits.maxBodyChars.toLocaleString('en-US')} characters (it has ${decoded.length.toLocaleString('en-US')})`,
      location: { scope: 'body' },
    });
    decoded = decoded.slice(0, limits.maxBodyChars);
  }

  const ext = extensionOf(file);
  const innerExt = extensionOf(file.replace(/\.[^.\\/]+$/, '')); // welcome.html.erb → html
  // A translation file a template engine writes out (JHipster's messages_ar.properties.ejs, a
  // locale .yml.erb) is that translation file: its strings are read, the engine's tags in them masked.
  const translation = TRANSLATION_FILES[ext] ?? (TEMPLATE_EXTENSIONS[ext] ? TRANSLATION_FILES[innerExt] : undefined);
  // (A YAML file's "---" opens a document, not front matter.)
  const isTranslation = !!translation?.shape(decoded);
  const strings = isTranslation ? translation!.strings(decoded) : null;
  const namedSubject = strings !== null && typeof strings !== 'string' ? strings.subject : null;
  const { body: source, frontMatter } = strings !== null ? { body: typeof strings === 'string' ? strings : strings.text, frontMatter: {} } : stripFrontMatter(decoded);
  // A React Email (or other JSX) component: the markup it returns, the code around it blanked.
  const read = JSX_EXTENSIONS.has(ext) ? readJsx(source) : null;
  const jsx = read && read.elements > 0 ? read : null;
  // A module with no JSX builds its mail from strings: their words, not the code around them.
  const indented = INDENTED_EXTENSIONS[ext];
  const scriptRead = !jsx && (SCRIPT_EXTENSIONS.has(ext) || ext === 'py');
  const body = scriptRead ? scriptStringsText(source, ext === 'py' ? 'python' : 'c') : indented ? indentedTemplateText(source, indented) : source;
  // A Markdown body (welcome.md, a Laravel Markdown mail) is read as the HTML it renders to.
  const laravel = !jsx && isLaravelMarkdownMail(body);
  const markdown = !jsx && (laravel || MARKDOWN_EXTENSIONS.has(ext) || MARKDOWN_EXTENSIONS.has(innerExt));
  const { masked: maskedSource, placeholders: sourcePlaceholders, languages } = jsx
    ? { masked: jsx.html, placeholders: jsx.placeholders, languages: new Set(['jsx']) }
    // (Only an ERB body can hold a Rails link helper: no other template pays for the sniffing.)
    // (A cut from a PHP language file with no opening tag is read as the PHP block it was cut from.)
    : ext === 'php' && innerExt !== 'blade' && !laravel && isPhpWithoutOpenTag(body) ? maskPhpWithoutOpenTag(body)
    // (ASP.NET Razor: its own syntax, read by its own masker.)
    : TEMPLATE_EXTENSIONS[ext] === 'razor' ? maskRazor(body)
    : maskTemplate(laravel ? rewriteLaravelMailComponents(body) : body, { railsLinks: !markdown && body.includes('<%') && sniffMarkup(body, ext === 'txt' || ext === 'text' || innerExt === 'txt' || innerExt === 'text') === 'html' });
  const rendered = markdown ? markdownToHtml(maskedSource) : null;
  // An XML file that is no strings file wraps a mail template, its body in a CDATA section, which an
  // HTML parser would drop as a comment: the section is read as the template's markup.
  const markup = rendered ? rendered.html : ext === 'xml' && !isTranslation ? withoutCdataMarkers(maskedSource) : maskedSource;
  // A translation string's own placeholders ("%sender_name"), which no template engine wrote.
  const printf = isTranslation && !rendered ? maskPrintfPlaceholders(markup) : null;
  const maskedWithLabel = printf ? printf.masked : markup;
  // A module's subject line, which its reader wrote over the code before the subject's string
  // wherever that stands (a header set after the body: m.SetHeader("Subject", "…")): it is the
  // subject whatever the body's markup, and no part of the copy.
  const scriptSubject = scriptRead && !opts.subject && !namedSubject ? SCRIPT_SUBJECT_LINE.exec(maskedWithLabel.slice(0, HEAD_CHARS)) : null;
  const masked = scriptSubject ? blankRange(maskedWithLabel, scriptSubject.index, scriptSubject.index + scriptSubject[0].length) : maskedWithLabel;
  // (A placeholder's offset is where it now sits in that HTML: links find theirs by offset.)
  const placeholders = rendered ? sourcePlaceholders.map((p) => ({ ...p, offset: rendered.mapOffset(p.offset) })) : printf ? [...sourcePlaceholders, ...printf.placeholders].sort((a, b) => a.offset - b.offset) : sourcePlaceholders;

  // (A Fluent file's .ftl is no FreeMarker template.)
  const extensionLanguage = isTranslation ? undefined : TEMPLATE_EXTENSIONS[ext];
  const templateLanguage = extensionLanguage ?? (languages.size ? [...languages][0] : undefined);
  const markupKind = jsx || markdown ? 'html' : sniffMarkup(masked, ext === 'txt' || ext === 'text' || innerExt === 'txt');
  let kind: InputKind = markupKind;
  if (kind !== 'mjml' && (extensionLanguage || languages.size > 0)) kind = 'template';

  const subject = opts.subject
    ? ({ text: opts.subject, location: { scope: 'subject' } } satisfies Span)
    : namedSubject
      // (Its template tags masked, as a subject line found in the masked text has them.)
      ? ({ text: decodeTextEntities(maskTemplate(namedSubject.text).masked.replace(/\s+/g, ' ').trim()), location: { scope: 'subject', ...lineColumnAt(decoded, namedSubject.offset) } } satisfies Span)
      // (In a PHP file the subject line is the one its reader wrote over the code, wherever the subject
      // key or the mail builder's subject call stands: looked for further than a text mail's header.)
      : scriptSubject
        ? scriptSubjectSpan(maskedWithLabel, scriptSubject)
        : findSubject(masked, frontMatter, markupKind, ext === 'php' ? HEAD_CHARS : TEXT_SUBJECT_CHARS);

  const html = markupKind === 'text' ? null : masked;
  // What the author named each string: a translation file's keys, or a PHP language file's.
  // (And in a template, the keys its translation calls name.)
  const keys = isTranslation || (ext === 'php' && innerExt !== 'blade' && PHP_LANGUAGE_FILE.test(decoded)) ? stringKeys(decoded) : translationCallKeys(decoded);
  return {
    file,
    kind,
    templateLanguage,
    html,
    // (An HTML body's entities are decoded by its parser; a text body's here.)
    text: html === null ? decodeTextEntities(withoutSubjectAndDirectives(masked)) : null,
    mjml: markupKind === 'mjml',
    subject,
    from: frontMatter.from ? parseIdentity(frontMatter.from) : null,
    replyTo: frontMatter['reply-to'] ? parseIdentity(frontMatter['reply-to']) : null,
    headers: {},
    placeholders,
    ...(keys.length ? { keys } : {}),
    declaredLanguage: /<html[^>]{0,2000}\blang\s*=\s*["']?([a-zA-Z-]{2,10})/i.exec(masked.slice(0, HEAD_CHARS))?.[1]?.toLowerCase(),
    notes,
    limitsReached,
  };
}

/**
 * `<![CDATA[` and the `]]>` that closes it blanked (the same length: offsets stay). One pass: an
 * opener with no closer ends the search (hostile input may hold a million of them).
 */
function withoutCdataMarkers(xml: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let open = xml.indexOf('<![CDATA['); open >= 0; open = xml.indexOf('<![CDATA[', from)) {
    const close = xml.indexOf(']]>', open + 9);
    if (close < 0) break;
    parts.push(xml.slice(from, open), ' '.repeat(9), xml.slice(open + 9, close), '   ');
    from = close + 3;
  }
  return from === 0 ? xml : parts.join('') + xml.slice(from);
}

/**
 * Where the subject, <html lang> and <title> are looked for: they sit at the top of a template,
 * and a bounded window keeps the scans linear on hostile input (thousands of "<title" with no ">").
 */
const HEAD_CHARS = 64 * 1024;

function sniffMarkup(text: string, declaredText: boolean): 'html' | 'mjml' | 'text' {
  if (/<mjml[\s>]/i.test(text)) return 'mjml';
  if (declaredText) return 'text';
  // Only up to the last ">": from any "<tag" before it, [^>]* reaches a ">" and the test succeeds
  // at the first candidate, so a run of unterminated "<td<td<td…" cannot make it quadratic.
  const upTo = text.lastIndexOf('>');
  if (upTo >= 0 && /<(html|body|table|div|p|td|span|a|br|h[1-6]|center|img|font|tr|ul|li)\b[^>]*>/i.test(text.slice(0, upTo + 1))) return 'html';
  return 'text';
}

/** Front matter (`---` YAML-ish block at the top): only simple `key: value` lines are read. */
function stripFrontMatter(src: string): { body: string; frontMatter: Record<string, string> } {
  const m = /^---\r?\n([\s\S]{0,4000}?)\r?\n---\r?\n/.exec(src);
  if (!m) return { body: src, frontMatter: {} };
  const fm: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) fm[kv[1]!.toLowerCase()] = kv[2]!.replace(/^["']|["']$/g, '').trim();
  }
  // Keep the line count so locations still point at the author's lines.
  return { body: blankKeepingLines(m[0]) + src.slice(m[0].length), frontMatter: fm };
}

/** Where a text mail's "Subject:" line is looked for: its header, at the top. */
const TEXT_SUBJECT_CHARS = 2000;

function findSubject(full: string, fm: Record<string, string>, kind: 'html' | 'mjml' | 'text', textSubjectChars = TEXT_SUBJECT_CHARS): Span | null {
  const masked = full.slice(0, HEAD_CHARS);
  const at = (text: string, offset: number): Span | null => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (!clean) return null;
    const { line, column } = lineColumnAt(masked, offset);
    return { text: decodeEntities(clean), location: { scope: 'subject', line, column } };
  };
  if (fm.subject) return { text: fm.subject, location: { scope: 'subject', line: 2, column: 1 } };
  const magento = /<!--@subject([\s\S]{0,2000}?)@-->/.exec(masked);
  if (magento) {
    const s = at(magento[1]!, magento.index);
    if (s) return s;
  }
  // A Blade component that lays the mail out and is handed its subject: <x-emails.layout
  // subject="Welcome!">, or bound to a literal, :subject="__('Welcome!')".
  const component = BLADE_COMPONENT_SUBJECT.exec(masked);
  if (component) {
    const value = component[1] ? /(["'])((?:(?!\1).){1,300})\1/.exec(component[2]!)?.[2] : component[2]!;
    const s = value ? at(value, component.index) : null;
    if (s) return s;
  }
  if (kind === 'mjml') {
    const t = /<mj-title[^>]{0,2000}>([\s\S]{0,2000}?)<\/mj-title>/i.exec(masked);
    if (t) return at(t[1]!, t.index);
  }
  if (kind === 'text') {
    const t = /^\s*subject\s*:\s*(.+)$/im.exec(masked.slice(0, textSubjectChars));
    // (Where the subject's words start, not the blank lines before its label.)
    return t ? at(t[1]!, t.index + t[0].length - t[1]!.length) : null;
  }
  const t = /<title[^>]{0,2000}>([\s\S]{0,2000}?)<\/title>/i.exec(masked);
  return t ? at(t[1]!.replace(/<[^>]*>/g, ' '), t.index) : null;
}

/** The "Subject:" line a module's reader writes (script-strings.ts), on a line of its own. */
const SCRIPT_SUBJECT_LINE = /^[ \t]*Subject:[ \t]*(\S[^\n]*)$/m;

/** The subject a module's "Subject:" line gives, located where its words start. */
function scriptSubjectSpan(text: string, line: RegExpExecArray): Span | null {
  const words = line[1]!.replace(/\s+/g, ' ').trim();
  if (!words) return null;
  const { line: at, column } = lineColumnAt(text, line.index + line[0].length - line[1]!.length);
  return { text: decodeEntities(words), location: { scope: 'subject', line: at, column } };
}

/** `text` with from…to blanked (line breaks kept): offsets stay. */
function blankRange(text: string, from: number, to: number): string {
  return text.slice(0, from) + text.slice(from, to).replace(/[^\n]/g, ' ') + text.slice(to);
}

/** A Blade component's subject attribute: plain (its value the subject) or bound with ':' (a PHP expression, read for its literal). */
const BLADE_COMPONENT_SUBJECT = /<x-[\w.:-]{1,100}\s[^>]{0,2000}?(?<=\s)(:)?subject\s*=\s*"([^"]{1,500})"/i;

/** A text body without its "Subject:" line and its Magento directives: they are read for the subject, not as copy. */
function withoutSubjectAndDirectives(text: string): string {
  const blanked = text.replace(/^(\s*)subject\s*:[^\n]*/i, (m, lead: string) => lead + ' '.repeat(m.length - lead.length));
  return blankMagentoDirectives(blanked);
}

/**
 * A Magento template's directives (<!--@subject …@-->, <!--@vars …@-->, <!--@styles …@-->) are read
 * for the subject only: in a text body they are no copy, so they are blanked, line breaks kept.
 * One pass: an opening with no close leaves the rest as it is.
 */
function blankMagentoDirectives(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--@', from);
    if (open < 0) break;
    if (!/^(?:subject|vars|styles)\b/.test(text.slice(open + 5, open + 13))) {
      out += text.slice(from, open + 5);
      from = open + 5;
      continue;
    }
    // (Searched only after a directive's name: each close is looked for once per directive.)
    const close = text.indexOf('@-->', open + 5);
    if (close < 0) break;
    out += text.slice(from, open) + text.slice(open, close + 4).replace(/[^\n]/g, ' ');
    from = close + 4;
  }
  return from === 0 ? text : out + text.slice(from);
}

function parseIdentity(s: string): { name: string; address: string } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(s);
  if (m) return { name: m[1]!.trim(), address: m[2]!.trim().toLowerCase() };
  return { name: '', address: s.trim().toLowerCase() };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
