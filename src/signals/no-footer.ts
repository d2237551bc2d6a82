/**
 * The footer evidence of a message that has no footer: the findings about what a footer must hold
 * point at the end of the message, where one would go. Reports name it instead of quoting it.
 */
export const NO_FOOTER_EVIDENCE = 'end of message';
