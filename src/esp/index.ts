// The ESP module: which ESP and stream a message goes out on (from its headers or from an ESP API
// request body), whether that stream is transactional, and findings when it disagrees with the
// message's verdicts. Self-contained: it runs no pipeline itself (see README.md for the wiring).
export {
  EspPayloadError,
  PAYLOAD_ESPS,
  type EspMessage,
  type EspName,
  type EspStream,
  type EspStreamsConfig,
  type EspStreamsConfigInput,
  type PayloadEsp,
  type Routing,
  type StreamDecision,
} from './types.js';
export { readRouting, POSTMARK_DEFAULT_STREAM } from './routing.js';
export { parsePayload } from './payload.js';
export { toRawMessage, routingHeaders, type RawMessageOptions } from './raw.js';
export { DEFAULT_ESP_STREAMS, resolveEspConfig, streamOf, type StreamBasis, type StreamDecisionDetail } from './streams.js';
export { espFindings, unsubscribeHandling, espManagedUnsubscribe, ESP_MISMATCH_RULE, ESP_UNSUBSCRIBE_RULE, ESP_RULES, ESP_NAMES } from './findings.js';
