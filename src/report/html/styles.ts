// The report's CSS (outside the iframe) and the outline CSS injected into each rendered message.

export const COLOURS = {
  promo: '#d33',
  core: '#2a7',
  finding: '#36c',
  cutoff: '#1f6feb',
} as const;

/**
 * Width of the strip at the right of each rendered message that holds the report's labels: the
 * message is laid out beside it, so a label never covers its text.
 */
export const LABEL_GUTTER_PX = 156;

/** Width of a message's preview: a 600px email beside the label gutter (the frame is 2px narrower inside its border). */
export const PREVIEW_WIDTH_PX = 800;
export const PREVIEW_FRAME_BORDER_PX = 1;
const LABEL_MAX_PX = LABEL_GUTTER_PX - 12;

/**
 * Appended to each message inside the iframe. Attribute selectors plus !important win over the
 * message's own CSS. What the report draws is out of the message's flow (absolutely positioned
 * against the frame), so it moves nothing: a block's label sits in the gutter level with the
 * block's first line, and the cut-off marker is a dashed line across the frame at the top of the
 * first block past the beginning of the body, its words in the gutter just above the line.
 */
export const FRAME_CSS = `
html { box-sizing: border-box !important; padding-right: ${LABEL_GUTTER_PX}px !important; }
[data-gl-mark] { outline-offset: 2px !important; }
[data-gl-mark][data-gl-kind="promo"] { outline: 3px solid ${COLOURS.promo} !important; }
[data-gl-mark][data-gl-kind="core"] { outline: 3px solid ${COLOURS.core} !important; }
[data-gl-mark][data-gl-kind="finding"] { outline: 2px dashed ${COLOURS.finding} !important; }
[data-gl-mark]::before {
  content: attr(data-gl-label) !important; position: absolute !important; top: auto !important; bottom: auto !important;
  left: calc(100% - ${LABEL_GUTTER_PX - 6}px) !important; right: auto !important; width: auto !important; max-width: ${LABEL_MAX_PX}px !important;
  height: auto !important; z-index: 2147483646 !important; display: block !important; float: none !important; padding: 0 5px !important; margin: 0 !important;
  box-sizing: border-box !important; overflow: hidden !important; text-overflow: ellipsis !important; transform: none !important;
  font: bold 11px/16px Helvetica, Arial, sans-serif !important; color: #fff !important; white-space: nowrap !important;
  text-align: left !important; text-transform: none !important; letter-spacing: 0 !important; text-indent: 0 !important; border: 0 !important; border-radius: 3px !important;
  background: ${COLOURS.promo} !important; pointer-events: none !important; visibility: visible !important; opacity: 1 !important;
}
[data-gl-mark][data-gl-kind="core"]::before { background: ${COLOURS.core} !important; }
[data-gl-mark][data-gl-kind="finding"]::before { background: ${COLOURS.finding} !important; }
span[data-gl-cut] {
  position: absolute !important; left: 0 !important; right: 0 !important; top: auto !important; bottom: auto !important;
  z-index: 2147483647 !important; display: flex !important; flex-direction: column !important; justify-content: flex-end !important; align-items: flex-end !important;
  float: none !important; width: auto !important; height: 0 !important; min-height: 0 !important; max-height: none !important;
  margin: -2px 0 0 !important; padding: 0 6px 0 0 !important; border: 0 !important; border-top: 2px dashed ${COLOURS.cutoff} !important;
  box-sizing: content-box !important; background: transparent !important; overflow: visible !important; transform: none !important;
  visibility: visible !important; opacity: 1 !important; pointer-events: none !important;
}
span[data-gl-cut] > span {
  display: block !important; max-width: ${LABEL_MAX_PX}px !important; margin: 0 0 1px !important; padding: 0 4px !important; border: 0 !important; border-radius: 3px !important;
  background: #fff !important; color: ${COLOURS.cutoff} !important; font: 600 10px/13px Helvetica, Arial, sans-serif !important;
  text-align: right !important; text-transform: none !important; letter-spacing: 0 !important; text-indent: 0 !important; white-space: normal !important;
  visibility: visible !important; opacity: 1 !important;
}
[data-gl-href] { cursor: not-allowed; }
a[data-gl-href]:not([style*="color"]) { color: #15c; text-decoration: underline; }
`;

export const REPORT_CSS = `
:root { color-scheme: light; --promo: ${COLOURS.promo}; --core: ${COLOURS.core}; --finding: ${COLOURS.finding}; --cut: ${COLOURS.cutoff};
  --err: #c0262d; --warn: #a15c00; --info: #2458b3; --muted: #5f6670; --line: #d8dce1; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1d2228; background: #f6f7f9; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0; word-break: break-all; }
h2 a { color: inherit; text-decoration: none; }
h3 { font-size: 14px; margin: 18px 0 6px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
a { color: #1f5fbf; }
code { font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace; background: #eef0f3; padding: 1px 4px; border-radius: 3px; }
.muted { color: var(--muted); }
.note { color: var(--muted); font-size: 12px; margin: 4px 0 0; }
table { border-collapse: collapse; }
.summary { width: 100%; background: #fff; border: 1px solid var(--line); margin: 12px 0 8px; }
.summary th, .summary td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
.summary th { background: #eef0f3; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
.summary td.count { text-align: right; font-variant-numeric: tabular-nums; }
.counts { margin: 0 0 24px; }
.counts span { margin-right: 14px; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; line-height: 20px; white-space: nowrap; background: #e3e6ea; color: #333; }
.badge.transactional, .badge.not-cem, .badge.service, .badge.cem-exempt { background: #d9f2e6; color: #14653f; }
.badge.marketing, .badge.commercial, .badge.cem, .badge.direct-marketing { background: #fde2e1; color: #a1161b; }
.badge.hybrid { background: #fff1cc; color: #7a5300; }
.badge.error { background: #fde2e1; color: var(--err); }
.badge.yes { background: #fde2e1; color: var(--err); }
section.file { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 20px 24px; margin: 0 0 28px; }
.file-head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
.lines { margin: 14px 0 4px; }
.lines th { text-align: left; padding: 3px 14px 3px 0; color: var(--muted); font-weight: 600; vertical-align: top; white-space: nowrap; }
.lines td { padding: 3px 14px 3px 0; vertical-align: top; }
.chip { display: inline-block; margin: 0 4px 2px 0; padding: 0 6px; border-radius: 3px; font: 11px/18px ui-monospace, Menlo, Consolas, monospace; background: #eef0f3; color: #333; }
.chip.on.promo { background: #fde2e1; color: #a1161b; }
.chip.on.tr { background: #d9f2e6; color: #14653f; }
.chip.on { background: #e2e8f6; color: #22407a; }
.verdicts { width: 100%; margin: 10px 0 0; }
.verdicts th, .verdicts td { padding: 5px 10px 5px 0; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
.verdicts th { font-size: 12px; color: var(--muted); }
.cols { display: flex; flex-wrap: wrap; gap: 20px; margin-top: 16px; align-items: flex-start; }
.preview { flex: 0 1 ${PREVIEW_WIDTH_PX}px; min-width: 320px; }
.side { flex: 1 1 380px; min-width: 300px; }
.legend { margin: 0 0 6px; font-size: 12px; }
.legend span { display: inline-block; margin-right: 12px; }
.sw { display: inline-block; width: 14px; height: 10px; margin-right: 4px; vertical-align: -1px; }
.sw.promo { border: 3px solid var(--promo); }
.sw.core { border: 3px solid var(--core); }
.sw.finding { border: 2px dashed var(--finding); }
.sw.cut { border-top: 2px dashed var(--cut); height: 6px; }
iframe.message { display: block; width: 100%; border: ${PREVIEW_FRAME_BORDER_PX}px solid var(--line); border-radius: 4px; background: #fff; resize: vertical; overflow: auto; }
.textonly { padding: 12px; border: 1px dashed var(--line); color: var(--muted); }
ol.marks, ol.findings { list-style: none; padding: 0; margin: 0; }
ol.marks li { padding: 6px 8px; margin: 0 0 6px; border-left: 4px solid var(--finding); background: #f7f8fa; }
ol.marks li.promo { border-left-color: var(--promo); }
ol.marks li.core { border-left-color: var(--core); }
.num { display: inline-block; min-width: 22px; padding: 0 5px; border-radius: 3px; color: #fff; font-weight: 700; font-size: 12px; text-align: center; background: var(--finding); }
.num.promo { background: var(--promo); }
.num.core { background: var(--core); }
ol.findings li { padding: 8px 10px; margin: 0 0 8px; border: 1px solid var(--line); border-left: 4px solid var(--info); border-radius: 4px; }
ol.findings li.error { border-left-color: var(--err); }
ol.findings li.warning { border-left-color: var(--warn); }
ol.findings li:target, ol.marks li:target { background: #fff8d6; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 11px; letter-spacing: .04em; margin-right: 6px; }
.sev.error { color: var(--err); }
.sev.warning { color: var(--warn); }
.sev.info { color: var(--info); }
.finding-meta { font-size: 12px; color: var(--muted); margin: 2px 0; }
.evidence { margin: 4px 0; padding: 2px 8px; border-left: 3px solid var(--line); color: #333; font-style: italic; }
.fix { margin: 4px 0 0; }
details { margin-top: 10px; }
summary { cursor: pointer; color: var(--muted); }
.error-box { color: var(--err); font-weight: 600; }
`;
