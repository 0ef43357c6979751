// The pipeline wires the stages together for one store: raw documents in, analysed and stored,
// then cross-document resolution (merging, control histories) over everything stored.
import type { ConflictEvent, DocEvent, RawDocument } from '../core/index.js';
import { MarsadError, isMarsadError } from '../core/index.js';
import { segmentSentences } from '../text/index.js';
import { parseDocumentBytes, type IngestOptions } from '../ingest/index.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import { analyzeDocument, loadLexicon, type Lexicon } from '../extract/index.js';
import { deriveControlHistory, mergeEvents } from '../resolve/index.js';
import { openStore, type SaveStatus, type Store } from '../store/index.js';

/** Modalities that say an event happened (or that one side says it did). Denied, negated,
 *  planned, threatened and hypothetical events stay in the per-document record for review and
 *  can make a change of control contested, but are never stored as events. */
const HAPPENED = new Set(['asserted', 'claimed', undefined]);

export function eventHappened(e: Pick<ConflictEvent, 'modality'>): boolean {
  return HAPPENED.has(e.modality);
}

export interface DocumentOutcome {
  doc_id: string;
  status: SaveStatus;
  chars: number;
  events: number;
}

export interface ResolveSummary {
  docEvents: number;
  events: number;
  controlChanges: number;
  seconds: number;
}

export class Pipeline {
  readonly store: Store;
  readonly kb: KnowledgeBase;
  readonly lexicon: Lexicon;

  /** The per-document events of documents stored since the last resolve: resolve takes them
   *  from here instead of parsing them back from the store (a fifth of its time). */
  private readonly justStored = new Map<string, { hash: string; events: DocEvent[] }>();

  constructor(store: Store, kb: KnowledgeBase, lexicon: Lexicon) {
    this.store = store;
    this.kb = kb;
    this.lexicon = lexicon;
  }

  /** Analyse and store one document. Unchanged documents (same content hash) are not re-analysed. */
  ingestDocument(doc: RawDocument): DocumentOutcome {
    if (this.store.documentStatus(doc.doc_id, doc.hash) === 'unchanged') {
      return { doc_id: doc.doc_id, status: 'unchanged', chars: doc.text.length, events: 0 };
    }
    // Unsupported languages are stored and searchable (sentences, full text), but not coded.
    const analysis = doc.lang_supported
      ? analyzeDocument(doc, this.kb, this.lexicon)
      : { sentences: segmentSentences(doc.text, 'en'), mentions: [], events: [] as DocEvent[] };
    const status = this.store.saveDocument(doc, {
      sentences: analysis.sentences,
      mentions: analysis.mentions,
      events: analysis.events,
    });
    if (status !== 'unchanged') this.justStored.set(doc.doc_id, { hash: doc.hash, events: analysis.events });
    return { doc_id: doc.doc_id, status, chars: doc.text.length, events: analysis.events.length };
  }

  /** Re-derive merged events and control histories from every stored per-document event.
   *  Deterministic and order-independent, so event ids stay stable across runs. */
  resolve(): ResolveSummary {
    const t0 = performance.now();
    // All per-document events go to merging and control: a denial never merges with a claim,
    // but it can make a capture "contested". Only events that happened are stored as events.
    const docEvents = this.docEventsToResolve();
    // Keep the ids analysts may already cite, even when a new report joins an event.
    const previousIds = this.store.eventIdsByMember();
    const merged = mergeEvents(docEvents, { previousIds });
    const events = merged.filter(eventHappened);
    this.store.replaceEvents(events);
    const control = deriveControlHistory(merged, {
      isGovernmentSide: (name: string) => {
        const actor = this.kb.actors.byName(name);
        return actor ? this.kb.actors.isGovernmentSide(actor.id) : false;
      },
      isSitePlacedByParent: (id: string) => {
        const p = this.kb.gazetteer.get(id);
        return !!p && p.lat === null && p.precision === 2 && p.kind !== 'region' && p.kind !== 'area';
      },
    });
    this.store.replaceControl(control);
    this.store.checkpoint();
    return {
      docEvents: docEvents.length,
      events: events.length,
      controlChanges: control.length,
      seconds: (performance.now() - t0) / 1000,
    };
  }

  /** All stored per-document events, in document order: those stored since the last resolve as
   *  they were analysed (when the store still holds that version of the document), the rest read
   *  from the store. */
  private docEventsToResolve(): DocEvent[] {
    const held = [...this.justStored].filter(([id, d]) => this.store.documentStatus(id, d.hash) === 'unchanged');
    this.justStored.clear();
    const byDoc = new Map<string, DocEvent[]>();
    for (const e of this.store.getDocEventsExcept(held.map(([id]) => id))) {
      const list = byDoc.get(e.doc_id);
      if (list) list.push(e); else byDoc.set(e.doc_id, [e]);
    }
    for (const [id, d] of held) byDoc.set(id, d.events);
    return [...byDoc.keys()].sort(byCodeUnits).flatMap((id) => byDoc.get(id)!);
  }

  /** For the HTTP API: one uploaded file (any supported format) → stored documents, then resolve. */
  ingestBytes(bytes: Buffer, name: string, meta: Record<string, string> = {}, opts: IngestOptions = {}) {
    const { docs, errors } = parseDocumentBytes(bytes, name, { ...opts, meta });
    const outcomes: DocumentOutcome[] = [];
    const failures: MarsadError[] = [...errors];
    for (const doc of docs) {
      try {
        outcomes.push(this.ingestDocument(doc));
      } catch (e) {
        failures.push(asIngestError(e, doc.doc_id));
      }
    }
    if (outcomes.some((o) => o.status !== 'unchanged')) this.resolve();
    return {
      docs: outcomes.map((o) => ({ doc_id: o.doc_id, status: o.status })),
      errors: failures.map((e) => ({ file: e.file ?? name, code: e.code, message: e.message })),
    };
  }
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function asIngestError(e: unknown, file: string): MarsadError {
  if (isMarsadError(e)) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new MarsadError('MARSAD_ERR_INGEST_FORMAT', `could not be processed: ${message}`, { file, cause: e });
}

/** Open the store and load the knowledge base (shipped data + places the user imported). */
export function openPipeline(dbPath: string, opts: { readonly?: boolean } = {}): Pipeline {
  const store = openStore(dbPath, opts);
  const kb = loadKnowledgeBase({ extraPlaces: store.importedPlaces() });
  return new Pipeline(store, kb, loadLexicon());
}
