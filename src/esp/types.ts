// Types of the ESP module: which ESP and stream a message goes out on, and a message taken from an
// ESP API request body.

/** The ESPs graylint reads routing for; 'generic' is routing read from standard headers only. */
export type EspName = 'postmark' | 'sendgrid' | 'mailgun' | 'ses' | 'mandrill' | 'generic';

/** The ESPs whose API request bodies parsePayload reads (every EspName but 'generic'). */
export type PayloadEsp = Exclude<EspName, 'generic'>;

export const PAYLOAD_ESPS: readonly PayloadEsp[] = ['postmark', 'sendgrid', 'ses', 'mailgun', 'mandrill'];

/**
 * Where a message is routed: read from its headers (readRouting) or from an ESP API request body
 * (parsePayload). Which stream that is — transactional or marketing — is streamOf's decision.
 */
export interface Routing {
  esp: EspName;
  /** Postmark: the message stream id. SES: the configuration set name. Otherwise unset. */
  stream?: string;
  /**
   * Postmark Tag, SendGrid categories, Mailgun tags, Mandrill tags, SES message tags as
   * "name=value". In order, without duplicates.
   */
  tags: string[];
  /** SendGrid: the unsubscribe group (ASM group id). */
  unsubscribeGroup?: number;
  /** `Precedence: bulk` or `Precedence: list`. */
  bulk: boolean;
  /** The header line or request field the routing was read from, e.g. `X-PM-Message-Stream: outbound`. */
  evidence: string;
  /** SES: the contact list (and topic) of ListManagementOptions / X-SES-LIST-MANAGEMENT-OPTIONS. */
  listManagement?: { contactList: string; topic?: string };
  /** The message's own List-Unsubscribe header, when it has one. */
  listUnsubscribe?: string;
  /** SendGrid: subscription tracking is on (SendGrid adds an unsubscribe link and List-Unsubscribe). */
  subscriptionTracking?: boolean;
  /** The Auto-Submitted header (RFC 3834), when the message has one. */
  autoSubmitted?: string;
}

/** One message taken from an ESP API request body. */
export interface EspMessage {
  subject?: string;
  /** The From mailbox as one header value, e.g. `"Fernwood Coffee" <orders@fernwood.example.com>`. */
  from?: string;
  html?: string;
  text?: string;
  /** SES Content.Raw: the decoded raw MIME message. */
  raw?: Buffer;
  /** Extra headers the payload sets (lower-cased names), Reply-To included; not the routing headers. */
  headers: Record<string, string[]>;
  routing: Routing;
}

/** A payload graylint cannot read: the message is one line, e.g. "postmark payload: HtmlBody must be a string". */
export class EspPayloadError extends Error {
  readonly esp: string;
  constructor(esp: string, message: string) {
    super(message.replace(/\s*[\r\n]+\s*/g, ' '));
    this.name = 'EspPayloadError';
    this.esp = esp;
  }
}

/** Which streams are transactional, per ESP (see DEFAULT_ESP_STREAMS for the defaults and why). */
export interface EspStreamsConfig {
  postmark: {
    /** Message stream ids that are Transactional streams. */
    transactionalStreams: string[];
    /** Message stream ids that are Broadcast streams (any stream not in transactionalStreams is treated as one). */
    broadcastStreams: string[];
  };
  sendgrid: {
    /** ASM groups used for transactional mail (a send with any other group is a subscription send). */
    transactionalAsmGroups: number[];
    transactionalCategories: string[];
    marketingCategories: string[];
  };
  ses: {
    transactionalConfigurationSets: string[];
    marketingConfigurationSets: string[];
  };
  mailgun: {
    transactionalTags: string[];
    marketingTags: string[];
  };
  mandrill: {
    /** Tags that make a Mailchimp Transactional send a marketing send. */
    marketingTags: string[];
  };
}

/** A partial config: each ESP's given lists replace the default ones, the others stay. */
export type EspStreamsConfigInput = { [K in keyof EspStreamsConfig]?: Partial<EspStreamsConfig[K]> };

export type EspStream = 'transactional' | 'marketing' | 'unknown';

export interface StreamDecision {
  stream: EspStream;
  /** Why, in words, e.g. `Postmark stream "outbound" is a transactional message stream`. */
  reason: string;
}
