// Read-only views of what is stored: the document list, one document sentence by sentence
// with the dates and numbers found in it, and the mentions found in it.
import type { Command } from 'commander';
import type { Lang } from '../core/index.js';
import { findDates, findNumbers } from '../text/index.js';
import { openStore, type Store } from '../store/index.js';
import { dbOption } from './options.js';

/** Run `fn` with an open store and close it afterwards (also when `fn` is async). */
export function withStore<T>(db: string, fn: (store: Store) => T): T {
  const store = openStore(db);
  let result: T;
  try {
    result = fn(store);
  } catch (e) {
    store.close();
    throw e;
  }
  if (result instanceof Promise) return result.finally(() => store.close()) as T;
  store.close();
  return result;
}

function requireDocument(store: Store, docId: string) {
  const doc = store.getDocument(docId);
  if (!doc) {
    process.stderr.write(`marsad: no document with id "${docId}" in ${store.path} (see: marsad docs)\n`);
    process.exitCode = 1;
  }
  return doc;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n - 1) + '…' : s + ' '.repeat(n - s.length);
}

export function registerInspect(program: Command): void {
  program
    .command('docs')
    .description('List stored documents.')
    .addOption(dbOption())
    .option('--json', 'print an array of {doc_id, lang, published, title, outlet, chars, sentences}')
    .action((o: { db: string; json?: boolean }) =>
      withStore(o.db, (store) => {
        const docs = store.listDocuments();
        if (o.json) return void process.stdout.write(JSON.stringify(docs, null, 1) + '\n');
        if (!docs.length) return void process.stdout.write('no documents stored (run: marsad ingest PATH)\n');
        process.stdout.write(`${pad('doc_id', 34)}${pad('lang', 6)}${pad('published', 12)}${pad('chars', 9)}${pad('sent.', 7)}title\n`);
        for (const d of docs) {
          process.stdout.write(
            `${pad(d.doc_id, 34)}${pad(d.lang, 6)}${pad(d.published ?? '-', 12)}${pad(String(d.chars), 9)}${pad(String(d.sentences), 7)}${d.title ?? ''}\n`,
          );
        }
      }),
    );

  program
    .command('show')
    .description("Print a document's sentences with the dates and numbers found in each.")
    .argument('<doc_id>')
    .addOption(dbOption())
    .option('--json', 'print {document, sentences: [{index, start, end, text, dates, numbers}]}')
    .action((docId: string, o: { db: string; json?: boolean }) =>
      withStore(o.db, (store) => {
        const doc = requireDocument(store, docId);
        if (!doc) return;
        const supported = doc.lang === 'ar' || doc.lang === 'en';
        const lang = (supported ? doc.lang : 'en') as Lang;
        const dates = supported ? findDates(doc.text, { lang, published: doc.published }) : [];
        const sentences = store.getSentences(docId).map((s) => ({
          ...s,
          dates: dates.filter((d) => d.span.start >= s.start && d.span.end <= s.end),
          numbers: supported ? findNumbers(s.text, lang, s.start) : [],
        }));
        if (o.json) {
          const { text: _text, ...meta } = doc;
          return void process.stdout.write(JSON.stringify({ document: meta, sentences }, null, 1) + '\n');
        }
        process.stdout.write(
          `${doc.doc_id}  lang=${doc.lang}${supported ? '' : ' (unsupported)'}  published=${doc.published ?? '-'} (${doc.published_basis ?? 'unknown'})  ` +
            `outlet=${doc.outlet ?? '-'}\n${doc.title ? `title: ${doc.title}\n` : ''}\n`,
        );
        for (const s of sentences) {
          process.stdout.write(`[${s.index}] ${s.start}-${s.end}  ${s.text}\n`);
          for (const d of s.dates) {
            const rel = d.relative ? ` relative to ${d.relative.anchor} ${d.relative.days >= 0 ? '+' : ''}${d.relative.days}d` : '';
            process.stdout.write(
              `      date   "${d.text}" → ${d.date}${d.end && d.end !== d.date ? `..${d.end}` : ''} (${d.precision}, ${d.kind}${d.by ? ', by' : ''}${rel})\n`,
            );
          }
          for (const n of s.numbers) {
            process.stdout.write(`      number "${n.text}" → ${n.value} (${n.qualifier}${n.vague ? ', vague' : ''})\n`);
          }
        }
      }),
    );

  program
    .command('mentions')
    .description('Print the places and actors found in a stored document.')
    .argument('<doc_id>')
    .addOption(dbOption())
    .option('--json', 'print an array of mentions')
    .action((docId: string, o: { db: string; json?: boolean }) =>
      withStore(o.db, (store) => {
        const doc = requireDocument(store, docId);
        if (!doc) return;
        const mentions = store.getMentions(docId);
        if (o.json) return void process.stdout.write(JSON.stringify(mentions, null, 1) + '\n');
        for (const m of mentions) {
          process.stdout.write(
            `${pad(`${m.start}-${m.end}`, 12)}${pad(m.kind, 17)}${pad(m.surface, 28)}${pad(m.ref ?? '(unresolved)', 34)}${m.why}\n`,
          );
        }
        if (!mentions.length) process.stdout.write('no mentions found\n');
      }),
    );
}
