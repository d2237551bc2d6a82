// Shared types for every stage of the pipeline: input → model → signals → packs → verdicts → report.
// Each stage imports only from earlier stages and from here.

export type InputKind = 'eml' | 'html' | 'text' | 'mjml' | 'template';

export type Scope = 'subject' | 'preheader' | 'from' | 'header' | 'body' | 'cta' | 'footer';

export interface Location {
  scope: Scope;
  line?: number;
  column?: number;
  /** For .eml files: which decoded MIME part the line/column refer to (e.g. "text/html"). */
  part?: string;
}

/** A piece of text with the place it came from. */
export interface Span {
  text: string;
  location: Location;
}

/** How a piece of text is kept from the reader's eyes (see ContentModel.hidden). */
export type HiddenHow =
  | 'display:none' | 'visibility:hidden' | 'opacity:0' | 'zero height' | 'hidden attribute'
  | 'font-size:0' | 'tiny font' | 'colour of the background' | 'transparent text' | 'invisible characters'
  | 'right-to-left override';

/** Text the reader does not see, with how it is hidden. */
export interface HiddenSpan extends Span {
  how: HiddenHow;
}

/** A limit (src/limits.ts) that applied to this input: what was not read. */
export interface LimitReached {
  /** The key in Limits, e.g. "maxHtmlDepth". */
  limit: string;
  /** The value in force. */
  value: number;
  /** What was not read, in words: "markup after line 40 (elements nested deeper than 512)". */
  skipped: string;
  location?: Location;
}

export interface Identity {
  name: string;
  address: string;
}

// ---------- parse stage ----------

/** What the input stage hands to the model: decoded, masked markup or text, plus headers. */
export interface ParsedInput {
  file: string;
  kind: InputKind;
  /** The template language when kind is 'template' (liquid, handlebars, erb, php, freemarker, go, heex, …). */
  templateLanguage?: string;
  /** Body markup with template syntax masked to same-length inert text, or null for text-only bodies. */
  html: string | null;
  /** Plain-text body (only used when there is no HTML). */
  text: string | null;
  /** Which MIME part the body came from (eml only). */
  part?: string;
  /** For MJML: the markup was MJML and blocks map from mj-* elements. */
  mjml?: boolean;
  subject: Span | null;
  from: Identity | null;
  replyTo: Identity | null;
  /** Lower-cased header names → raw values, in order of appearance. */
  headers: Record<string, string[]>;
  /** Placeholders found while masking template syntax (variable names), e.g. "unsubscribe_url". */
  placeholders: Placeholder[];
  /** The keys of a translation file's strings (src/input/string-keys.ts): what its author named each string. */
  keys?: string[];
  /** Declared language (Content-Language, <html lang>), if any. */
  declaredLanguage?: string;
  /** Non-fatal notes from parsing (charset guessed, body missing…). */
  notes: string[];
  /** Limits that applied while reading the input (the rest was still read and classified). */
  limitsReached?: LimitReached[];
  /** What of the input could not be read at all (a message with no body), in words; absent when all was read. */
  unread?: string;
}

export interface Placeholder {
  name: string;
  offset: number;
  /** A route a URL is built from, or one of its arguments (src/input/route-names.ts): it names a page, not a value. */
  route?: boolean;
}

// ---------- model stage ----------

export interface Emphasis {
  headingLevel: number; // 1–6, 0 for none
  fontSize: number | null; // px, when known
  bold: boolean;
  background: string | null; // nearest background colour
  button: boolean; // rendered as a call-to-action button
}

export interface Link {
  href: string;
  text: string;
  button: boolean;
  blockIndex: number;
  location: Location;
  /** Offset of the link's start tag in the (masked) markup. */
  offset?: number;
  /** Template placeholders inside the start tag ({{ upgrade_url }}, {U_TOPIC}): where the link goes when the href is filled in at send time. */
  placeholders?: string[];
  /** A text body's placeholder that stands for an address ({{ upgrade_url }} on a line of its own): the link has no address of its own. */
  placeholderOnly?: boolean;
}

export interface ImageRef {
  src: string;
  alt: string;
  width: number | null;
  height: number | null;
  /** Position among blocks: the index of the block that follows the image. */
  blockIndex: number;
  /** Visible characters before the image. */
  charOffset: number;
  location: Location;
}

export interface Block {
  index: number;
  text: string;
  tag: string;
  /** Visible characters before this block (for placement tests). */
  charOffset: number;
  emphasis: Emphasis;
  /** True when the block consists only of short links (site navigation). */
  navigation: boolean;
  inFooter: boolean;
  location: Location;
}

/** An inline directive in an HTML comment: `<!-- graylint-disable-next-block rule -- reason -->`. */
export interface Directive {
  kind: 'disable-next-block' | 'disable' | 'enable';
  /** Rule ids (or pack prefixes like "casl/*"); empty means every rule. */
  rules: string[];
  reason: string;
  offset: number;
  line: number;
  column: number;
}

export interface ContentModel {
  file: string;
  kind: InputKind;
  templateLanguage?: string;
  subject: Span | null;
  preheader: Span | null;
  from: Identity | null;
  replyTo: Identity | null;
  headers: Record<string, string[]>;
  blocks: Block[];
  links: Link[];
  images: ImageRef[];
  /** Index of the first footer block (blocks.length when there is no footer). */
  footerStart: number;
  /** Total visible characters in blocks. */
  textLength: number;
  placeholders: Placeholder[];
  /** The keys of a translation file's strings, as ParsedInput has them. */
  keys?: string[];
  directives: Directive[];
  declaredLanguage?: string;
  notes: string[];
  /**
   * Text the reader does not see (display:none, font-size:0, text in the background colour,
   * words split by invisible characters…), in document order. Not in blocks, except text in the
   * background colour or in a tiny font and words with invisible characters, which stay in blocks
   * as before (cleaned of those characters). The inbox preheader is not listed here.
   */
  hidden: HiddenSpan[];
  /** Limits that applied while reading the input or building the model. */
  limitsReached: LimitReached[];
  /** What of the input could not be read at all (ParsedInput.unread). */
  unread?: string;
}

// ---------- signals stage ----------

export type SignalValue = number | boolean | string;

/** Evidence that a signal or rule can point at. */
export interface Evidence {
  text: string;
  location: Location;
}

/** A doubt as reported with a verdict: its id, its reason and, where it names one, the text it is about. */
export interface Doubted {
  id: string;
  reason: string;
  evidence?: Evidence;
}

export interface Signals {
  /** Flat name → value map, the vocabulary of pack expressions (e.g. "promo.commercial"). */
  values: Record<string, SignalValue>;
  /** Named evidence (e.g. "promo.first", "subject", "footer") for findings and --explain. */
  evidence: Record<string, Evidence[]>;
}

// ---------- packs / verdicts / report ----------

export type Severity = 'error' | 'warning' | 'info';

/**
 * A law's verdict key ("can-spam", "casl", …): whatever a loaded pack with a `law:` header decides.
 * Which laws exist, their names and classes, is the packs' to say (src/packs/registry.ts).
 */
export type Law = string;

export interface Verdict {
  class: string;
  decidedBy: string[];
  /** The legal test that decided, in words, and where it comes from (additions to the contract). */
  reason?: string;
  citation?: string;
  /** With --branches: the template condition path under which this (worst) class holds. */
  when?: string[];
  /** The classification tests tried, in order, up to the one that held. */
  tests?: Array<{ id: string; class: string; held: boolean }>;
  /**
   * How sure the verdict is (an addition to the contract): high when decided on recognised
   * evidence; low when decided for want of it (nothing recognised, or only the learned fallback),
   * and never higher than the category's.
   */
  confidence?: 'high' | 'medium' | 'low';
  /**
   * Why a verdict reached on recognised evidence is only of medium confidence (an addition to the
   * contract): readings where careful readers split, the category's included in each law's; with
   * the text a doubt is about, where it names one (an addition too).
   */
  doubts?: Doubted[];
  /** For a law applied only to some audiences (an addition to the contract): why it was applied to this message. */
  appliedBecause?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  citation: string;
  location: Location;
  evidence: string;
  fix: string;
  pack: string;
  /**
   * Every piece of evidence under the rule's `at` key when there are several (each promotion in
   * the message); `evidence` quotes the first. The baseline keys on each, so a promotion added to
   * a baselined template is new. Not part of the JSON contract.
   */
  evidenceItems?: Evidence[];
}

export type Category = 'transactional' | 'marketing' | 'hybrid';
export type Stream = 'transactional' | 'marketing';

export type ErrorCode = 'unreadable' | 'too-large' | 'unsupported';

export interface FileError {
  code: ErrorCode;
  message: string;
}

export interface FileResult {
  file: string;
  kind?: InputKind;
  language?: string;
  subject?: string;
  category?: Category;
  /** How sure the category is (an addition to the contract; each verdict carries its own). */
  confidence?: 'high' | 'medium' | 'low';
  /** Why the category is only of medium confidence (an addition to the contract; see Verdict.doubts). */
  doubts?: Doubted[];
  stream?: Stream;
  verdicts?: Record<Law, Verdict>;
  findings: Finding[];
  /** Findings silenced by inline directives or the baseline, with the reason. */
  suppressed?: Array<Finding & { suppressedBy: string }>;
  error?: FileError;
  /** Only with --explain: every signal value. */
  signals?: Record<string, SignalValue>;
  /** Only with --explain: every promotional element, with its text and location. */
  promotions?: Evidence[];
  /** Only with --branches, for templates with conditionals or loops. */
  branches?: BranchReport;
  /** The ESP route the message carries (routing headers or an API payload), when it carries one. */
  routing?: { esp: string; stream?: string; evidence: string };
}

/** With --branches: what each variant of a template's conditionals and loops came to. */
export interface BranchReport {
  /** Variants checked, of how many the template can produce. */
  checked: number;
  total: number;
  sampled: boolean;
  variants: Array<{ when: string[]; category?: string; stream?: string; verdicts?: Record<Law, string> }>;
  /** Per law: the worst class and the condition path that leads to it (empty path: always). */
  worst: Record<Law, { class: string; when: string[] }>;
  /** Set when the template's tags do not balance: only the template as a whole was checked. */
  note?: string;
}

export interface Report {
  version: 1;
  results: FileResult[];
}

/**
 * What the author knows of the sender and graylint cannot read from a message (the config's
 * `sender:`, a check's `sender` option). `nonprofit`: the sender is a non-profit or a public body
 * (a charity, an association, a foundation, a public service, a free community project) that sells
 * nothing through this mail. The laws treat its mail differently (a non-profit's newsletter or
 * appeal has no commercial purpose under CAN-SPAM; CASL's consent rules need a commercial
 * activity): the packs read it as the `nonprofit` signal, which a message can also show itself.
 */
export interface Sender {
  nonprofit?: boolean;
}
