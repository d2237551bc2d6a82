import { simpleParser } from 'mailparser';
import { readFileSync } from 'fs';
for (const f of process.argv.slice(2)) {
  const buf = readFileSync(f);
  const t = Date.now();
  const m = await simpleParser(buf, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
  console.log('==', f, Date.now()-t, 'ms');
  console.log('subject:', m.subject, '| from:', m.from?.text);
  console.log('html:', typeof m.html, m.html ? m.html.length : 0, 'text:', (m.text||'').slice(0,200).replace(/\n/g,' '));
  console.log(m.headerLines.slice(0,3).map(h=>h.line.slice(0,80)));
}
