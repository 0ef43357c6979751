import { mkdtempSync, rmSync } from 'node:fs'; import { tmpdir } from 'node:os'; import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { makeDoc, makeEvent, splitSentences } from './helpers.js';
const dir = mkdtempSync(join(tmpdir(), 's-'));
const s = openStore(join(dir, 'x.db'));
const para = 'قصفت الطائرات الحربية مدينة خان شيخون بريف إدلب الجنوبي وقتل خمسة مدنيين. Government forces shelled the town of Kafr Zita in northern Hama. ';
const text = para.repeat(40);
const sentences = splitSentences(text);
const mentions = Array.from({ length: 150 }, (_, i) => ({ kind: 'place' as const, start: i * 10, end: i * 10 + 5, surface: 'حماة', ref: 'geonames:1', score: 0.9, why: 'gazetteer', sentence: i % 80 }));
const events = Array.from({ length: 15 }, (_, i) => ({ ...makeEvent({ event_id: 'x' + i }), doc_event_id: 'x' + i, doc_id: 'd', sentence_index: i }));
let bytes = 0; const t = performance.now();
for (let i = 0; i < 500; i++) { s.saveDocument(makeDoc('d' + i + '.txt', text, { hash: 'h' + i }), { sentences, mentions, events: events.map((e) => ({ ...e, doc_id: 'd' + i, doc_event_id: 'd' + i + e.doc_event_id })) }); bytes += Buffer.byteLength(text); }
const ms = performance.now() - t;
console.log(`saveDocument: 500 docs, ${(bytes / 1e6).toFixed(1)} MB, ${sentences.length} sentences each: ${ms.toFixed(0)} ms = ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
s.close(); rmSync(dir, { recursive: true });
